package th.ita.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Turns the HTTP server's request (handed to the route paused, as the body, because the API reads bodies itself)
 * into a plain {@link InputStream} that asks the server for the next chunk only when the previous one is read: an
 * upload streams to disk with back-pressure instead of being collected in memory or in a temporary file first.
 */
public final class HttpRequestBodies {

    /** A client that sends nothing for this long is given up on. */
    private static final long IDLE_SECONDS = 60;

    /** The request body as a stream; a body that is already a stream, or none, is passed on as it is. */
    @SuppressWarnings("unchecked")
    public InputStream stream(Object body) {
        if (body instanceof InputStream in) {
            return in;
        }
        if (body instanceof ReadStream<?> request) {
            return new DemandedChunks((ReadStream<Buffer>) request);
        }
        return InputStream.nullInputStream();
    }

    private static final class DemandedChunks extends InputStream {
        private static final Object END = new Object();

        private final ReadStream<Buffer> request;
        private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        DemandedChunks(ReadStream<Buffer> request) {
            this.request = request;
            request.handler(buffer -> arrived.add(buffer.getBytes()));
            request.exceptionHandler(arrived::add);
            request.endHandler(done -> arrived.add(END));
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (position == chunk.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            if (arrived.isEmpty()) {
                request.fetch(1);
            }
            Object next;
            try {
                next = arrived.poll(IDLE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the request body");
            }
            if (next == null) {
                throw new IOException("the client sent nothing for " + IDLE_SECONDS + " s");
            }
            if (next == END) {
                ended = true;
            } else if (next instanceof Throwable failure) {
                throw new IOException("the request body could not be read: " + failure.getMessage(), failure);
            } else {
                chunk = (byte[]) next;
                position = 0;
            }
        }
    }
}
