package vn.antq.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The 2025 reform in the demo data: who succeeded whom, and the records that follow. */
@QuarkusTest
@TestProfile(DemoRecordsTest.WithDemoData.class)
class SuccessionDemoTest {

    private static final String HOA_BINH_POLICE = "a0000000-0000-4000-8000-000000000041";
    private static final String PHU_THO_POLICE = "a0000000-0000-4000-8060-000000000002";
    private static final String CAO_PHONG_POLICE = "a0000000-0000-4000-8000-000000000301";

    @Test
    void hoaBinhsLineageReachesPhuTho() {
        Api.viewer().get("/api/v1/organizations/" + HOA_BINH_POLICE + "/lineage").then().statusCode(200)
                .body("successors.organizationId", equalTo(List.of(PHU_THO_POLICE)))
                .body("successors[0].name", equalTo("Công an tỉnh Phú Thọ"))
                .body("predecessors.organizationId", equalTo(List.of(CAO_PHONG_POLICE)))
                .body("events.effectiveOn", equalTo(List.of("2025-03-01", "2025-07-01")))
                .body("events[1].kind", equalTo("merged"));
        Api.viewer().get("/api/v1/organizations/" + PHU_THO_POLICE).then().statusCode(200)
                .body("predecessors.organizationId", equalTo(List.of(HOA_BINH_POLICE)));
    }

    @Test
    void phuThoFindsTheModelsHoaBinhsPoliceSponsored() {
        List<String> hoaBinh = models(HOA_BINH_POLICE);
        assertThat(hoaBinh).isNotEmpty();
        // Hòa Bình's police carries on Cao Phong's district police in turn: its models follow too.
        List<String> caoPhong = models(CAO_PHONG_POLICE);
        assertThat(caoPhong).isNotEmpty();
        List<String> phuTho = Api.viewer().queryParam("organizationId", PHU_THO_POLICE).queryParam("lineage", "true")
                .queryParam("limit", "100").get("/api/v1/models").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class);
        assertThat(phuTho).containsAll(hoaBinh).containsAll(caoPhong)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(hoaBinh.stream(), caoPhong.stream()).distinct().toList());
        Api.viewer().queryParam("organizationId", PHU_THO_POLICE).get("/api/v1/models").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    private static List<String> models(String organizationId) {
        return Api.viewer().queryParam("organizationId", organizationId).queryParam("limit", "100").get("/api/v1/models")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void bacTuLiemsAgreementShowsWhoSucceededItsDissolvedParty() {
        Api.viewer().get("/api/v1/coordination-agreements/c0000000-0000-4000-8000-000000000021").then().statusCode(200)
                .body("parties[0].name", equalTo("Công an quận Bắc Từ Liêm"))
                .body("parties[0].successors.name", equalTo(List.of("Công an thành phố Hà Nội")))
                .body("parties[0].successors[0].kind", equalTo("dissolved"))
                .body("parties[0].successors[0].effectiveOn", equalTo("2025-03-01"));
        Api.viewer().queryParam("kind", "dissolved").queryParam("effectiveFrom", "2025-07-01").get("/api/v1/organization-successions")
                .then().statusCode(200)
                .body("items[0].predecessors.name", hasItem("Ủy ban nhân dân huyện Thọ Xuân"));
    }
}
