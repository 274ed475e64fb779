package vn.antq.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A database of a test's own, made afresh for each run, for a test whose outcome depends on what is in
 * the whole database (the demo load, the pruning of the change log): nothing another test wrote reaches it.
 * Its profile lists the subclass with {@code disableGlobalTestResources}.
 */
public abstract class OwnDatabase implements QuarkusTestResourceLifecycleManager {

    /** Appended to the test database's name. */
    protected abstract String suffix();

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabase.prepare(TestDatabase.NAME + "_" + suffix(), true));
    }

    @Override
    public void stop() {
    }
}
