package vn.antq.demo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.antq.support.TestDatabase;

import java.util.Map;

/**
 * A database of its own for the demo test, made afresh for each run: the demo's records never reach
 * the database the other tests share, and the first load starts from nothing.
 */
public class DemoDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabase.prepare(TestDatabase.NAME + "_demo", true));
    }

    @Override
    public void stop() {
    }
}
