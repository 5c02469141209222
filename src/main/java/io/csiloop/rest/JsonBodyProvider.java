package io.csiloop.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads and writes every {@link JsonBody} with {@link ApiJson}'s strict settings. A body that is not valid
 * JSON, has a field of the wrong type or an unknown field, or a number longer than Jackson reads, is refused with
 * a 400 naming the field; a body over
 * {@value #MAX_BYTES} bytes is refused with a 413 as soon as that many bytes have arrived, before it is
 * buffered. Reading happens before the resource method runs, so a refused body never reaches storage.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class JsonBodyProvider implements MessageBodyReader<JsonBody>, MessageBodyWriter<JsonBody> {

    /** The largest JSON body accepted: room for a batch of the largest size with long notes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    public JsonBodyProvider() {
        // Stateless: the mapper is shared and thread-safe.
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonBody.class.isAssignableFrom(type);
    }

    @Override
    public JsonBody readFrom(Class<JsonBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        // Our own parser: where it stands names the field of a refusal that Jackson reports without a location.
        JsonParser parser = ApiJson.MAPPER.createParser(new Limited(entityStream));
        try (parser) {
            return ApiJson.MAPPER.readValue(parser, type);
        } catch (TooLarge e) {
            throw ApiProblem.of(Status.REQUEST_ENTITY_TOO_LARGE, Keys.TOO_LARGE, MAX_BYTES);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof TooLarge) {
                throw ApiProblem.of(Status.REQUEST_ENTITY_TOO_LARGE, Keys.TOO_LARGE, MAX_BYTES);
            }
            throw JsonProblems.of(e, type, parser);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonBody.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JsonBody body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        ApiJson.MAPPER.writeValue(entityStream, body);
    }

    /** Signals the size limit through Jackson, which passes I/O exceptions on unwrapped. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body larger than " + MAX_BYTES + " bytes", null);
        }
    }

    /** Counts the bytes read and fails past the limit. */
    private static final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
