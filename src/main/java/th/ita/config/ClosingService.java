package th.ita.config;

import java.io.Closeable;

import org.apache.camel.support.service.ServiceSupport;

/**
 * Closes a resource when Camel stops, after the routes have finished their in-flight files: the index must
 * commit the last batch only once nothing else will be added to it.
 */
final class ClosingService extends ServiceSupport {

    private final String name;
    private final Closeable resource;

    ClosingService(String name, Closeable resource) {
        this.name = name;
        this.resource = resource;
    }

    @Override
    protected void doStop() throws Exception {
        resource.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
