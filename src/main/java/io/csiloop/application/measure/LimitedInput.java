package io.csiloop.application.measure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body counted as it is read: reading a byte beyond {@code maxBytes} refuses the import with {@link
 * CsvTooLarge}, so an oversized body is never read (let alone buffered) past its limit plus one read.
 */
final class LimitedInput extends FilterInputStream {

    private final int maxBytes;
    private long read;

    LimitedInput(InputStream in, int maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // never more than one byte past the limit: enough to see that the file goes over it
        int n = super.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
        count(n);
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("an import reads every byte");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        if (n > 0) {
            read += n;
            if (read > maxBytes) {
                throw new CsvTooLarge(CsvTooLarge.BYTES, maxBytes);
            }
        }
    }
}
