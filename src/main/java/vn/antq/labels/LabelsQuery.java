package vn.antq.labels;

import jakarta.ws.rs.QueryParam;
import vn.antq.shared.http.TextForm;
import vn.antq.shared.i18n.Language;

/** The one query parameter of the labels: the language asked for, when not by Accept-Language. */
public class LabelsQuery {

    @QueryParam("lang") Lang lang;

    /** The languages the labels are written in, as {@code lang} names them. */
    @TextForm("must be en or vi")
    public enum Lang {
        en(Language.en), vi(Language.vi);

        private final Language language;

        Lang(Language language) {
            this.language = language;
        }

        public static Lang fromText(String text) {
            return "en".equals(text) ? en : "vi".equals(text) ? vi : null;
        }
    }

    Language language() {
        return lang == null ? null : lang.language;
    }
}
