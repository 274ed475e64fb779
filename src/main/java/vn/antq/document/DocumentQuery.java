package vn.antq.document;

import jakarta.ws.rs.QueryParam;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.document.DocumentDtos.DocumentFilter;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;

/** The query parameters of the document list. */
public class DocumentQuery extends SearchParams<DocumentFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("kind") DocumentKind kind;
    @QueryParam("level") Level level;
    @QueryParam("access") DocumentAccess access;
    @QueryParam("issuedFrom") LocalDate issuedFrom;
    @QueryParam("issuedTo") LocalDate issuedTo;
    @QueryParam("issuerId") UUID issuerId;
    @QueryParam("number") DocumentNumber number;

    @Override
    public DocumentFilter filter() {
        return new DocumentFilter(unit, kind, level, access, issuedFrom, issuedTo, issuerId, DocumentNumber.valueOf(number), q);
    }
}
