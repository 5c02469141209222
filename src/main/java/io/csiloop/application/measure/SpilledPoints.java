package io.csiloop.application.measure;

import io.csiloop.measure.DataPoint;
import io.csiloop.measure.NewDataPoint;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Data points of an import kept in temporary files instead of the heap, so that the store's all-or-nothing
 * {@code DataPoints.record(…, List)} can take a million of them in bounded memory: points are appended while
 * the CSV streams in, then the files are mapped read-only and served as a list whose elements are built when
 * asked for. A point takes {@value #RECORD_BYTES} bytes on disk (its note, if any, lives in a second file).
 * Not thread-safe; {@link #close()} deletes the files.
 */
final class SpilledPoints extends AbstractList<NewDataPoint> implements RandomAccess, AutoCloseable {

    /** Epoch second (8), nanosecond (4), value (8), note offset or -1 (8). */
    static final int RECORD_BYTES = 28;
    /** The most points one import may hold: a mapped file stays below 2 GiB. */
    static final int MAX_POINTS = 10_000_000;

    private final Path points;
    private final Path notes;
    private DataOutputStream pointsOut;
    private DataOutputStream notesOut;
    private long notesWritten;
    private int size;
    private MappedByteBuffer pointsMap;
    private MappedByteBuffer notesMap;

    SpilledPoints() {
        try {
            points = Files.createTempFile("csiloop-import-", ".points");
            notes = Files.createTempFile("csiloop-import-", ".notes");
            pointsOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(points), 1 << 16));
            notesOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(notes), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether another point might not fit (the point count, or the notes file near 2 GiB). */
    boolean full() {
        return size >= MAX_POINTS || notesWritten > Integer.MAX_VALUE - 8_192L;
    }

    /** Appends a point (its note at most a few kilobytes); only before {@link #seal()} and while not full. */
    void add(Instant observedAt, double value, String note) throws IOException {
        if (full()) {
            throw new IllegalStateException("the import is full at " + size + " points");
        }
        pointsOut.writeLong(observedAt.getEpochSecond());
        pointsOut.writeInt(observedAt.getNano());
        pointsOut.writeDouble(value);
        if (note == null) {
            pointsOut.writeLong(-1);
        } else {
            byte[] bytes = note.getBytes(StandardCharsets.UTF_8);
            pointsOut.writeLong(notesWritten);
            notesOut.writeInt(bytes.length);
            notesOut.write(bytes);
            notesWritten += 4L + bytes.length;
        }
        size++;
    }

    /** Ends appending and maps the files for reading. */
    SpilledPoints seal() throws IOException {
        pointsOut.close();
        notesOut.close();
        pointsMap = map(points);
        notesMap = map(notes);
        return this;
    }

    private static MappedByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    @Override
    public NewDataPoint get(int index) {
        if (index < 0 || index >= size || pointsMap == null) {
            throw new IndexOutOfBoundsException(index);
        }
        int at = index * RECORD_BYTES;
        Instant observedAt = Instant.ofEpochSecond(pointsMap.getLong(at), pointsMap.getInt(at + 8));
        double value = pointsMap.getDouble(at + 12);
        long noteAt = pointsMap.getLong(at + 20);
        String note = null;
        if (noteAt >= 0) {
            byte[] bytes = new byte[notesMap.getInt((int) noteAt)];
            notesMap.get((int) noteAt + 4, bytes);
            note = new String(bytes, StandardCharsets.UTF_8);
        }
        return new NewDataPoint(new DataPoint(observedAt, value), note);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void close() {
        try {
            pointsOut.close();
            notesOut.close();
            Files.deleteIfExists(points);
            Files.deleteIfExists(notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
