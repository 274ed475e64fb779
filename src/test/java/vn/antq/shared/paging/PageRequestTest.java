package vn.antq.shared.paging;

import org.junit.jupiter.api.Test;
import vn.antq.shared.error.ApiProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Cursors: a page's cursor puts the next request exactly after the last item, in the same order only. */
class PageRequestTest {

    record Item(UUID id, String name, LocalDate signedOn) {
    }

    private static final SortKey<Item> NAME = new SortKey<>("name", "e.name", String.class, Item::name);
    private static final SortKey<Item> SIGNED = new SortKey<>("signedOn", "e.signedOn", LocalDate.class, Item::signedOn);
    private static final SortKey<Item> ID = new SortKey<>("id", "e.id", UUID.class, Item::id);
    private static final Item LAST = new Item(UUID.fromString("6f1c0e9a-0000-4000-8000-000000000001"), "Thọ Xuân, Thanh Hóa",
            LocalDate.of(2023, 5, 10));

    @Test
    void aCursorResumesAfterTheLastItemWithTypedValues() {
        PageRequest<Item> first = PageRequest.first(SIGNED, ID, true, 20);
        PageRequest<Item> next = first.after(first.cursorAfter(LAST));
        assertEquals(LocalDate.of(2023, 5, 10), next.afterValue());
        assertEquals(LAST.id(), next.afterKey());
        assertEquals(true, next.descending());
        assertEquals(20, next.limit());
    }

    @Test
    void textWithCommasAndDiacriticsSurvivesTheCursor() {
        PageRequest<Item> first = PageRequest.first(NAME, ID, false, 5);
        assertEquals("Thọ Xuân, Thanh Hóa", first.after(first.cursorAfter(LAST)).afterValue());
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String cursor = PageRequest.first(NAME, ID, false, 5).cursorAfter(LAST);
        ApiProblem problem = assertThrows(ApiProblem.class, () -> PageRequest.first(NAME, ID, true, 5).after(cursor));
        assertEquals(List.of("cursor"), problem.errors().stream().map(e -> e.field()).toList());
        assertEquals(400, problem.status());
    }

    @Test
    void aCursorNotIssuedByTheListIsRefused() {
        PageRequest<Item> first = PageRequest.first(SIGNED, ID, false, 5);
        for (String forged : List.of("not base64!", "bm8tc2VwYXJhdG9y", first.cursorAfter(LAST).substring(3))) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> first.after(forged), forged);
            assertEquals("cursor", problem.errors().get(0).field());
        }
    }

    @Test
    void noCursorIsTheFirstPage() {
        PageRequest<Item> first = PageRequest.first(NAME, ID, false, 5);
        assertEquals(first, first.after(null));
    }
}
