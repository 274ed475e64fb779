package vn.antq.shared.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The errors of a file submitted in bulk: every one is counted, but only the first {@link #MAX_LISTED} are
 * kept for the answer, so that a file wrong on every row costs no more memory than one wrong on a thousand.
 */
public final class BulkErrors {

    /** At most this many errors are listed; the detail gives the total. */
    public static final int MAX_LISTED = 1000;

    private final List<FieldError> listed = new ArrayList<>();
    private int count;

    public void add(String field, String message) {
        add(new FieldError(field, message));
    }

    public void add(FieldError error) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(error);
        }
    }

    public void addAll(Collection<FieldError> errors) {
        errors.forEach(this::add);
    }

    /**
     * Appends the errors of another pass over the file after this one's, as if added here in that order: a
     * file checked in several passes at once still lists its errors pass by pass.
     */
    public void addAll(BulkErrors later) {
        count += later.count;
        for (FieldError error : later.listed) {
            if (listed.size() == MAX_LISTED) {
                break;
            }
            listed.add(error);
        }
    }

    /** How many errors were added, listed or not. */
    public int count() {
        return count;
    }

    /** A 400 problem naming the total and listing the first errors, when there is any. */
    public void throwIfAny() {
        if (count == 0) {
            return;
        }
        String detail = count + (count == 1 ? " field is" : " fields are") + " invalid; nothing was stored."
                + (count > MAX_LISTED ? " The first " + MAX_LISTED + " are listed." : "");
        throw new ApiProblem(400, ProblemTypes.VALIDATION, "Invalid request", detail, listed);
    }
}
