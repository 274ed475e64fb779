package vn.antq.demo;

import vn.antq.support.OwnDatabase;

/**
 * A database of its own for the demo test, made afresh for each run: the demo's records never reach
 * the database the other tests share, and the first load starts from nothing.
 */
public class DemoDatabase extends OwnDatabase {

    @Override
    protected String suffix() {
        return "demo";
    }
}
