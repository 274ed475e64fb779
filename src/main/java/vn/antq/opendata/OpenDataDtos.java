package vn.antq.opendata;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The open-data catalogue: a Frictionless Data Package (datapackage.json, v1) of CSV files. */
public final class OpenDataDtos {

    private OpenDataDtos() {
    }

    public record Licence(String name, String title, String path) {
    }

    public record Source(String title, String path) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String type, String description) {
    }

    public record TableSchema(List<Field> fields) {
    }

    /** One file: a CSV table of one year. */
    public record Resource(String name, String path, String title, String description, String format, String mediatype,
                           String encoding, int year, TableSchema schema) {
    }

    public record DataPackage(String name, String title, String description, String homepage,
                              List<Licence> licenses, List<Source> sources, List<String> keywords, List<Resource> resources) {
    }
}
