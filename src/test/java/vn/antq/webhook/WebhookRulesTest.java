package vn.antq.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of webhooks: the signature and which URLs may be called. */
class WebhookRulesTest {

    @Test
    void theSignatureIsTheStandardWebhooksOne() {
        // The example of the Standard Webhooks specification.
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void secretsAreStandardWebhooksSecrets() {
        assertThat(WebhookSignature.problem("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isEmpty();
        assertThat(WebhookSignature.problem("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isPresent();
        assertThat(WebhookSignature.problem("whsec_c2hvcnQ=")).isPresent();
    }

    @Test
    void onlyHttpsUrlsOutsideThisMachineAreCalled() {
        assertThat(WebhookUrls.problem("https://portal.thanhhoa.gov.vn/antq/hooks", false)).isEmpty();
        assertThat(WebhookUrls.problem("http://portal.thanhhoa.gov.vn/antq/hooks", false)).contains("must use https");
        assertThat(WebhookUrls.problem("https://user:pass@portal.thanhhoa.gov.vn/", false)).isPresent();
        assertThat(WebhookUrls.problem("https://169.254.169.254/latest", false)).isPresent();
        assertThat(WebhookUrls.problem("http://127.0.0.1:8080/hook", false)).isPresent();
        assertThat(WebhookUrls.problem("http://127.0.0.1:8080/hook", true)).isEmpty();
        assertThat(WebhookUrls.problem("ftp://portal.thanhhoa.gov.vn/", false)).isPresent();
        assertThat(WebhookUrls.problem("not a url", false)).isPresent();
    }
}
