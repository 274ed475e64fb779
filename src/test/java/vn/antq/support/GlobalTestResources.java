package vn.antq.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Makes sure the test database exists before any test starts the application. */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class GlobalTestResources {
}
