package vn.antq.clientsuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.antq.client.ApiClient;
import vn.antq.client.ApiException;
import vn.antq.client.ApiResponse;
import vn.antq.client.api.AdministrativeUnitsApi;
import vn.antq.client.api.AwardsApi;
import vn.antq.client.api.CampaignsApi;
import vn.antq.client.api.CoordinationAgreementsApi;
import vn.antq.client.api.DocumentsApi;
import vn.antq.client.api.FestivalsApi;
import vn.antq.client.api.GrassrootsModelsApi;
import vn.antq.client.api.IndicatorsApi;
import vn.antq.client.api.LabelsApi;
import vn.antq.client.api.OpenDataApi;
import vn.antq.client.api.OrganizationsApi;
import vn.antq.client.api.PersonalDataApi;
import vn.antq.client.api.ProgramsApi;
import vn.antq.client.api.ReportingCalendarApi;
import vn.antq.client.api.ReviewConferencesApi;
import vn.antq.client.api.SafetyStandardApi;
import vn.antq.client.api.StatisticsApi;
import vn.antq.client.api.WebhooksApi;
import vn.antq.client.model.AdminUnitLevel;
import vn.antq.client.model.AgreementRequest;
import vn.antq.client.model.Era;
import vn.antq.client.model.RecipientCorrection;
import vn.antq.client.model.AnnulmentRequest;
import vn.antq.client.model.AwardRequest;
import vn.antq.client.model.CampaignRequest;
import vn.antq.client.model.DocumentRequest;
import vn.antq.client.model.FestivalRequest;
import vn.antq.client.model.IndicatorReportRequest;
import vn.antq.client.model.IndicatorRequest;
import vn.antq.client.model.IndicatorReturnRequest;
import vn.antq.client.model.ReviewKind;
import vn.antq.client.model.ModelPointRequest;
import vn.antq.client.model.ModelRequest;
import vn.antq.client.model.OrganizationRequest;
import vn.antq.client.model.OrganizationSuccessionRequest;
import vn.antq.client.model.OrganizationType;
import vn.antq.client.model.ProgramRequest;
import vn.antq.client.model.ReportingPeriodRequest;
import vn.antq.client.model.ReportingStanding;
import vn.antq.client.model.TargetRequest;
import vn.antq.client.model.ReviewConferenceRequest;
import vn.antq.client.model.SafetyAssessmentRequest;
import vn.antq.client.model.WebhookSubscriptionRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every operation of the contract through the generated Java client (native library), against the
 * running service: reads, writes, conditional reads (304), problems (404, 412), an idempotent create
 * retried, merge patches, paging and the festival sync. Fails when an operation was not called.
 */
public final class JavaClientSuite {

    private static final String BASE = System.getenv("ANTQ_BASE_URL");
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    private final ApiClient client = new ApiClient();
    /** An editor of Thanh Hóa (2025 province 38): accepts and returns its communes' reports, which their submitter may not. */
    private final ApiClient reviewer = new ApiClient();
    private final ObjectMapper json = client.getObjectMapper();
    /** Every request the client made, as "METHOD path status". */
    private final List<String[]> calls = new ArrayList<>();
    private int checks;

    interface Call<T> {
        T run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        new JavaClientSuite().run();
    }

    private void run() throws Exception {
        client.updateBaseUri(BASE);
        String token = System.getenv("ANTQ_ADMIN_TOKEN");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setResponseInterceptor(response -> calls.add(new String[]{response.request().method(),
                response.request().uri().getRawPath(), Integer.toString(response.statusCode())}));
        String reviewerToken = System.getenv("ANTQ_EDITOR_TOKEN");
        reviewer.updateBaseUri(BASE);
        reviewer.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + reviewerToken));
        reviewer.setResponseInterceptor(client.getResponseInterceptor());

        var units = new AdministrativeUnitsApi(client);
        var organizations = new OrganizationsApi(client);
        var programs = new ProgramsApi(client);
        var agreements = new CoordinationAgreementsApi(client);
        var festivals = new FestivalsApi(client);
        var models = new GrassrootsModelsApi(client);
        var awards = new AwardsApi(client);
        var safety = new SafetyStandardApi(client);
        var statistics = new StatisticsApi(client);

        // Administrative units: a search, paged, and one unit.
        var unitPage = units.listAdminUnits(null, null, null, null, "tho xuan", null, 1, null);
        check(unitPage.getItems().size() == 1 && unitPage.getNextCursor() != null, "admin units: a first page of one with a next cursor");
        var second = units.listAdminUnits(null, null, null, null, "tho xuan", null, 1, unitPage.getNextCursor());
        check(!second.getItems().get(0).getCode().equals(unitPage.getItems().get(0).getCode()), "admin units: the next page moves on");
        check(units.getAdminUnit("legacy", "395", null).getFullName().contains("Thọ Xuân"), "admin unit 395 is Thọ Xuân, in UTF-8");

        // Organizations: created with an idempotency key, the retry answers the same record.
        String key = UUID.randomUUID().toString();
        OrganizationRequest police = body(OrganizationRequest.class, """
                {"name":"Công an huyện Thọ Xuân %s","shortName":"CA huyện","type":"police","level":"district",
                 "adminUnit":{"era":"legacy","code":"395"},"activeFrom":"2013-01-01","activeTo":"2025-02-28"}""".formatted(TAG));
        var created = organizations.createOrganizationWithHttpInfo(police, key);
        var retried = organizations.createOrganizationWithHttpInfo(police, key);
        check(created.getStatusCode() == 201 && retried.getStatusCode() == 201, "create answers 201, and so does its retry");
        check(created.getData().getId().equals(retried.getData().getId()), "the retry answers the same organization");
        check(header(created, "location").equals(header(retried, "location")), "the retry answers the same Location");
        UUID org = created.getData().getId();
        check(organizations.listOrganizations(null, null, null, null, null, null, TAG, 100, null).getItems().size() == 1,
                "the retry created nothing");
        expectProblem(409, "another body with the same key is refused",
                () -> organizations.createOrganization(body(OrganizationRequest.class, json.writeValueAsString(police).replace(TAG, TAG + "x")), key),
                422);
        UUID org2 = organizations.createOrganization(body(OrganizationRequest.class, json.writeValueAsString(police).replace(TAG, TAG + "b")), null).getId();
        UUID org3 = organizations.createOrganization(body(OrganizationRequest.class, json.writeValueAsString(police).replace(TAG, TAG + "c")), null).getId();
        UUID hatinh = organizations.createOrganization(body(OrganizationRequest.class, """
                {"name":"UBND tỉnh Hà Tĩnh %s","type":"peoples_committee","level":"province",
                 "adminUnit":{"era":"2025","code":"42"},"activeFrom":"2025-07-01"}""".formatted(TAG)), null).getId();
        String etag = header(organizations.getOrganizationWithHttpInfo(org, null), "etag");
        expectStatus(304, "a conditional read of an unchanged organization", () -> organizations.getOrganization(org, etag));
        var page1 = organizations.listOrganizations(OrganizationType.POLICE, null, null, null, null, "name", TAG, 2, null);
        var page2 = organizations.listOrganizations(OrganizationType.POLICE, null, null, null, null, "name", TAG, 2, page1.getNextCursor());
        check(page1.getItems().size() == 2 && page2.getItems().size() == 1 && page2.getNextCursor() == null,
                "three organizations paged by two");
        police.setShortName("CA Thọ Xuân");
        var replaced = organizations.replaceOrganizationWithHttpInfo(org, etag, police);
        check("CA Thọ Xuân".equals(replaced.getData().getShortName()), "replace with If-Match");
        expectProblem(412, "a replace with a stale If-Match", () -> organizations.replaceOrganization(org, etag, police), 412);
        var patched = organizations.patchOrganization(org, header(replaced, "etag"), Map.of("note", "Đơn vị cũ, đã hợp nhất"));
        check("Đơn vị cũ, đã hợp nhất".equals(patched.getNote()) && "CA Thọ Xuân".equals(patched.getShortName()), "merge patch changes only the note");
        check(organizations.getOrganizationHistory(org, 10, null).getItems().size() == 3, "history: create, replace, patch");
        expectProblem(404, "an unknown organization", () -> organizations.getOrganization(UUID.randomUUID(), null), 404);

        // Programs.
        ProgramRequest programBody = body(ProgramRequest.class, """
                {"code":"CT-%s","title":"Chương trình phối hợp %s","level":"province","adminUnit":{"era":"legacy","code":"38"},
                 "status":"active","signedOn":"2013-08-01","periodStart":"2013-08-01","periodEnd":"2023-07-31",
                 "signatoryIds":["%s","%s"],"reviews":[]}""".formatted(TAG, TAG, org, org2));
        var program = programs.createProgramWithHttpInfo(programBody, UUID.randomUUID().toString());
        UUID programId = program.getData().getId();
        expectStatus(304, "conditional program read", () -> programs.getProgram(programId, header(program, "etag")));
        check(programs.listPrograms(null, null, null, null, null, null, null, null, null, null, null, TAG, 10, null).getItems().size() == 1, "program listed");
        programBody.setSummary("Tóm tắt");
        var programReplaced = programs.replaceProgramWithHttpInfo(programId, header(program, "etag"), programBody);
        var programPatched = programs.patchProgram(programId, header(programReplaced, "etag"), Map.of("title", "Chương trình đã sửa " + TAG));
        check("Tóm tắt".equals(programPatched.getSummary()), "program patch keeps the summary");
        check(programs.getProgramHistory(programId, null, null).getItems().size() == 3, "program history");

        // Coordination agreements.
        AgreementRequest agreementBody = body(AgreementRequest.class, """
                {"programId":"%s","number":"QC-%s","title":"Quy chế phối hợp %s","signedOn":"2013-09-01","validFrom":"2013-09-01",
                 "validTo":"2023-08-31","adminUnit":{"era":"legacy","code":"395"},"status":"expired",
                 "parties":[{"organizationId":"%s","role":"lead"},{"organizationId":"%s","role":"co_lead"}]}""".formatted(programId, TAG, TAG, org, org2));
        var agreement = agreements.createAgreementWithHttpInfo(agreementBody, UUID.randomUUID().toString());
        UUID agreementId = agreement.getData().getId();
        expectStatus(304, "conditional agreement read", () -> agreements.getAgreement(agreementId, header(agreement, "etag")));
        check(agreements.listAgreements(programId, null, null, null, null, null, null, null, null, null, null, 10, null).getItems().size() == 1, "agreement listed");
        agreementBody.setSummary("Tóm tắt");
        var agreementReplaced = agreements.replaceAgreementWithHttpInfo(agreementId, header(agreement, "etag"), agreementBody);
        var agreementPatched = agreements.patchAgreement(agreementId, header(agreementReplaced, "etag"), Map.of("title", "Quy chế đã sửa " + TAG));
        check(agreementPatched.getTitle().startsWith("Quy chế đã sửa"), "agreement patched");
        check(agreements.getAgreementHistory(agreementId, null, null).getItems().size() == 3, "agreement history");

        // Festivals, and the sync feed before and after a change.
        var sync = festivals.listFestivalChanges(null, null, null, null);
        FestivalRequest festivalBody = body(FestivalRequest.class, """
                {"year":2026,"title":"Ngày hội %s","adminUnit":{"era":"2025","code":"18652"},"localArea":"Tổ dân phố 5",
                 "startsAt":"2026-08-19T07:30:00+07:00","endsAt":"2026-08-19T11:00:00+07:00","status":"planned",
                 "venue":{"name":"Nhà văn hóa","address":"Tổ dân phố 5","latitude":18.34,"longitude":105.9},
                 "leaders":[{"level":"province","title":"Phó Chủ tịch UBND tỉnh"}],"organizerIds":["%s"]}""".formatted(TAG, hatinh));
        var festival = festivals.createFestivalWithHttpInfo(festivalBody, UUID.randomUUID().toString());
        UUID festivalId = festival.getData().getId();
        expectStatus(304, "conditional festival read", () -> festivals.getFestival(festivalId, header(festival, "etag")));
        var changes = festivals.listFestivalChanges(sync.getNextToken(), null, null, null);
        check(changes.getItems().stream().anyMatch(c -> festivalId.equals(c.getId())), "the sync feed carries the new festival");
        var schedule = festivals.listFestivalsWithHttpInfo("2025:42", "2026-08-12", "2026-08-25", null, null, null, TAG, null, null, null, null, null, null, null);
        check(schedule.getData().getItems().size() == 1, "the schedule lists the festival");
        expectStatus(304, "the schedule revalidated", () -> festivals.listFestivals("2025:42", "2026-08-12",
                "2026-08-25", null, null, null, TAG, null, null, null, null, null, null, header(schedule, "etag")));
        check(text(festivals.getFestivalCalendar("2025:42", null, null, null, 2026, null, TAG, null)).contains("BEGIN:VCALENDAR"), "the calendar");
        festivalBody.setNote("Ghi chú");
        var festivalReplaced = festivals.replaceFestivalWithHttpInfo(festivalId, header(festival, "etag"), festivalBody);
        var festivalPatched = festivals.patchFestival(festivalId, header(festivalReplaced, "etag"), Map.of("status", "postponed"));
        check("Ghi chú".equals(festivalPatched.getNote()), "festival patch keeps the note");
        check(festivals.getFestivalHistory(festivalId, null, null).getItems().size() == 3, "festival history");
        festivals.deleteFestival(festivalId, header(festivals.getFestivalWithHttpInfo(festivalId, null), "etag"));
        var afterDelete = festivals.listFestivalChanges(changes.getNextToken(), null, null, null);
        check(afterDelete.getItems().stream().anyMatch(c -> festivalId.equals(c.getId()) && c.getDeletedAt() != null),
                "the sync feed carries the deletion");

        // Grassroots models and their points.
        ModelRequest modelBody = body(ModelRequest.class, """
                {"name":"Mô hình %s","category":"self_management","topic":"food_safety","adminUnit":{"era":"legacy","code":"395"},
                 "sponsorIds":["%s"],"status":{"status":"maintained","since":"2023-05-10"}}""".formatted(TAG, org));
        var model = models.createModelWithHttpInfo(modelBody, UUID.randomUUID().toString());
        UUID modelId = model.getData().getId();
        expectStatus(304, "conditional model read", () -> models.getModel(modelId, header(model, "etag")));
        check(models.listModels(null, null, null, null, org, null, null, null, null, null, null, null, null, null, 10, null).getItems().size() == 1, "model listed");
        modelBody.setDescription("Mô tả");
        var modelReplaced = models.replaceModelWithHttpInfo(modelId, header(model, "etag"), modelBody);
        var modelPatched = models.patchModel(modelId, header(modelReplaced, "etag"), Map.of("name", "Mô hình đã sửa " + TAG));
        check("Mô tả".equals(modelPatched.getDescription()), "model patch keeps the description");
        ModelPointRequest pointBody = body(ModelPointRequest.class, """
                {"name":"Điểm %s","adminUnit":{"era":"legacy","code":"15493"},"startedOn":"2015-03-01","teams":3,"members":40}""".formatted(TAG));
        var point = models.createModelPointWithHttpInfo(modelId, pointBody, UUID.randomUUID().toString());
        UUID pointId = point.getData().getId();
        expectStatus(304, "conditional point read", () -> models.getModelPoint(modelId, pointId, header(point, "etag")));
        check(models.listModelPoints(modelId, null, null, null, null, 10, null).getItems().size() == 1, "point listed");
        pointBody.setMembers(45);
        var pointReplaced = models.replaceModelPointWithHttpInfo(modelId, pointId, header(point, "etag"), pointBody);
        var pointPatched = models.patchModelPoint(modelId, pointId, header(pointReplaced, "etag"), Map.of("teams", 4));
        check(pointPatched.getTeams() == 4 && pointPatched.getMembers() == 45, "point patched");
        models.deleteModelPoint(modelId, pointId, header(models.getModelPointWithHttpInfo(modelId, pointId, null), "etag"));
        check(models.getModelHistory(modelId, 20, null).getItems().size() >= 5, "model history with its points' changes");

        // Awards and their annulment.
        AwardRequest awardBody = body(AwardRequest.class, """
                {"number":"QĐ-%s","signedOn":"2023-05-10","issuerId":"%s","signerTitle":"Chủ tịch UBND huyện",
                 "form":"district_chairman_commendation","occasion":{"kind":"annual_movement","year":2023},
                 "recipients":[{"kind":"individual","name":"Người %s","position":"Tổ trưởng","workUnit":"Thôn Xuân Lai","gender":"female"}]}"""
                .formatted(TAG, org, TAG));
        var award = awards.createAwardWithHttpInfo(awardBody, UUID.randomUUID().toString());
        UUID awardId = award.getData().getId();
        expectStatus(304, "conditional award read", () -> awards.getAward(awardId, header(award, "etag")));
        check(awards.listAwards(org, null, null, null, null, null, null, null, null, null, null, null, 10, null).getItems().size() == 1, "award listed");
        awardBody.setAchievement("Thành tích xuất sắc");
        var awardReplaced = awards.replaceAwardWithHttpInfo(awardId, header(award, "etag"), awardBody);
        var awardPatched = awards.patchAwardWithHttpInfo(awardId, header(awardReplaced, "etag"), Map.of("signerTitle", "Phó Chủ tịch UBND huyện"));
        var annulled = awards.annulAward(awardId, header(awardPatched, "etag"), body(AnnulmentRequest.class, """
                {"decisionNumber":"07/QĐ-%s","decidedOn":"2023-07-01","reason":"Khen thưởng không đúng đối tượng"}""".formatted(TAG)),
                UUID.randomUUID().toString());
        check(annulled.getAnnulment() != null, "award annulled");
        check(awards.getAwardHistory(awardId, null, null).getItems().size() == 4, "award history");
        var spareAward = awards.createAwardWithHttpInfo(body(AwardRequest.class, json.writeValueAsString(awardBody).replace("QĐ-" + TAG, "QĐ2-" + TAG)), null);
        UUID spare = spareAward.getData().getId();
        var corrected = awards.correctAwardRecipientWithHttpInfo(spare, 0, header(spareAward, "etag"), body(RecipientCorrection.class, """
                {"name":"Người đã cải chính %s","position":"Tổ trưởng","gender":"female"}""".formatted(TAG)), UUID.randomUUID().toString());
        check(corrected.getData().getRecipients().get(0).getName().startsWith("Người đã cải chính"), "recipient corrected");
        var erased = awards.eraseAwardRecipientWithHttpInfo(spare, 0, header(corrected, "etag"), UUID.randomUUID().toString());
        check(Boolean.TRUE.equals(erased.getData().getRecipients().get(0).getErased()), "recipient erased");
        awards.deleteAward(spare, header(erased, "etag"));

        // Safety standard: one assessment, a bulk file, the template.
        SafetyAssessmentRequest assessmentBody = body(SafetyAssessmentRequest.class, """
                {"subjectKind":"residential_area","year":2018,"adminUnit":{"era":"legacy","code":"15499"},"areaName":"Thôn %s","attained":true}"""
                .formatted(TAG));
        var assessment = safety.createSafetyAssessmentWithHttpInfo(assessmentBody, UUID.randomUUID().toString());
        UUID assessmentId = assessment.getData().getId();
        expectStatus(304, "conditional assessment read", () -> safety.getSafetyAssessment(assessmentId, header(assessment, "etag")));
        assessmentBody.setNote("Ghi chú");
        var assessmentReplaced = safety.replaceSafetyAssessmentWithHttpInfo(assessmentId, header(assessment, "etag"), assessmentBody);
        var assessmentPatched = safety.patchSafetyAssessment(assessmentId, header(assessmentReplaced, "etag"), Map.of("attained", false));
        check(Boolean.FALSE.equals(assessmentPatched.getAttained()), "assessment patched");
        check(safety.getSafetyAssessmentHistory(assessmentId, null, null).getItems().size() == 3, "assessment history");
        check(text(safety.getSafetyAssessmentTemplate()).startsWith("year,subjectKind"), "the CSV template");
        var bulk = safety.submitSafetyAssessments("year,subjectKind,adminUnit,areaName,attained\n2018,residential_area,legacy:15499,Khối %s,true\n"
                .formatted(TAG), UUID.randomUUID().toString());
        check(bulk.getCreated() == 1, "a bulk file of one row");
        check(safety.listSafetyAssessments("legacy:15499", 2018, null, null, null, null, null, null, null, null, null, TAG, 10, null).getItems().size() == 2,
                "both assessments listed");
        safety.deleteSafetyAssessment(assessmentId, header(safety.getSafetyAssessmentWithHttpInfo(assessmentId, null), "etag"));

        // Statistics.
        check(!statistics.getSafetyStatistics("legacy:38", 2018, null, null, "legacy", null, null, null, null).getRows().isEmpty(), "safety statistics");
        check(statistics.getModelStatistics("legacy:38", 2023, null, null, "legacy", null, null, null).getRows() != null, "model statistics");
        check(statistics.getAwardStatistics("legacy:38", 2023, null, null, null, "legacy", null, null).getRows() != null, "award statistics");
        check(statistics.getFestivalStatistics("2025:42", 2026, null, null, null, null, null, null).getRows() != null, "festival statistics");
        check(text(statistics.getSafetyStatisticsCsv("legacy:38", 2018, null, null, "legacy", null, null, null)).startsWith("statistic,"), "safety statistics as CSV");
        check(text(statistics.getModelsStatisticsCsv("legacy:38", 2023, null, null, "legacy", null, null)).startsWith("statistic,"), "model statistics as CSV");
        check(text(statistics.getAwardsStatisticsCsv("legacy:38", 2023, null, null, "legacy", null, null)).startsWith("statistic,"), "award statistics as CSV");
        check(text(statistics.getIndicatorsStatisticsCsv("legacy:395", 2015, null, null, "legacy", null, null, null)).startsWith("structure,"), "indicator statistics as CSV");
        check(text(statistics.getFestivalsStatisticsCsv("2025:42", 2026, null, null, null, null, null)).startsWith("statistic,"), "festival statistics as CSV");

        // Change feeds: each from the start, then from its token (nothing new or the next changes).
        check(!organizations.listOrganizationChanges(null, null, 10).getItems().isEmpty(), "organization changes");
        var programChanges = programs.listProgramChanges(null, null, 10);
        check(programs.listProgramChanges(programChanges.getNextToken(), null, 10) != null, "program changes resumed");
        check(!agreements.listAgreementChanges(null, null, 10).getItems().isEmpty(), "agreement changes");
        check(!models.listModelChanges(null, "legacy:38", 10).getItems().isEmpty(), "model changes of a province");
        check(models.listModelPointChanges(null, null, 10).getNextToken() != null, "model point changes (the suite's point is deleted)");
        check(!awards.listAwardChanges(null, null, 10).getItems().isEmpty(), "award changes");
        check(!safety.listSafetyAssessmentChanges(null, null, 10).getItems().isEmpty(), "safety assessment changes");
        expectProblem(410, "a change feed token that is not one of ours", () -> organizations.listOrganizationChanges("not-a-token", null, 10), 410);

        // Indicators: the catalogue, one created, read, replaced, patched, its history, deleted.
        var indicators = new IndicatorsApi(client);
        check(!indicators.listIndicators(null, null, null, null, null, null, null, 100, null).getItems().isEmpty(), "the indicator catalogue");
        String code = "client_suite_" + TAG;
        IndicatorRequest indicatorBody = body(IndicatorRequest.class, """
                {"code":"%s","nameVi":"Chỉ tiêu %s","nameEn":"Indicator %s","counts":"What the suite counts",
                 "kind":"count","shareOf":null,"levels":["province","district"],"validFrom":"2013-01-01"}""".formatted(code, TAG, TAG));
        var indicator = indicators.createIndicatorWithHttpInfo(indicatorBody, UUID.randomUUID().toString());
        UUID indicatorId = indicator.getData().getId();
        expectStatus(304, "conditional indicator read", () -> indicators.getIndicator(indicatorId, header(indicator, "etag")));
        indicatorBody.setNameEn("Indicator " + TAG + " (renamed)");
        var indicatorReplaced = indicators.replaceIndicatorWithHttpInfo(indicatorId, header(indicator, "etag"), indicatorBody);
        expectProblem(412, "a stale indicator replace", () -> indicators.replaceIndicator(indicatorId, header(indicator, "etag"), indicatorBody), 412);
        var indicatorPatched = indicators.patchIndicatorWithHttpInfo(indicatorId, header(indicatorReplaced, "etag"), Map.of("counts", "What the suite counts, patched"));
        check(indicatorPatched.getData().getNameEn().endsWith("(renamed)"), "indicator patch keeps the name");
        var indicatorHistory = indicators.getIndicatorHistory(indicatorId, null, null);
        check(indicatorHistory.getItems().size() == 3 && indicatorHistory.getItems().get(0).getChanges().stream()
                .anyMatch(c -> "counts".equals(c.getField())), "indicator history names the changed field");
        indicators.deleteIndicator(indicatorId, header(indicatorPatched, "etag"));

        // Indicator reports: created, read, replaced, patched, submitted, returned, submitted, accepted; a spare one deleted.
        // A commune of Thọ Xuân's first half (the TypeScript suite takes the second): a unit has one report per kind and period.
        var communes = units.listAdminUnits(AdminUnitLevel.COMMUNE, Era.LEGACY, "2015-01-01", "legacy:395", null, null, 40, null).getItems();
        String commune = communes.get(new java.util.Random().nextInt(communes.size() / 2)).getCode();
        IndicatorReportRequest reportBody = body(IndicatorReportRequest.class, """
                {"kind":"annual","level":"commune","adminUnit":{"era":"legacy","code":"%s"},"organizationId":"%s",
                 "fromYear":2015,"toYear":2015,"title":"Báo cáo %s","values":[{"indicator":"mediation_teams","value":12}]}"""
                .formatted(commune, org, TAG));
        var report = indicators.createIndicatorReportWithHttpInfo(reportBody, UUID.randomUUID().toString());
        UUID reportId = report.getData().getId();
        expectStatus(304, "conditional report read", () -> indicators.getIndicatorReport(reportId, header(report, "etag")));
        check(indicators.listIndicatorReports(null, null, null, null, null, org, null, null, null, null, 10, null).getItems().size() == 1, "report listed");
        reportBody.setNote("Ghi chú");
        var reportReplaced = indicators.replaceIndicatorReportWithHttpInfo(reportId, header(report, "etag"), reportBody);
        var reportPatched = indicators.patchIndicatorReportWithHttpInfo(reportId, header(reportReplaced, "etag"), Map.of("title", "Báo cáo đã sửa " + TAG));
        var submitted = indicators.submitIndicatorReportWithHttpInfo(reportId, header(reportPatched, "etag"), UUID.randomUUID().toString());
        var reviewing = new IndicatorsApi(reviewer);
        expectProblem(403, "the submitter does not return a report", () -> indicators.returnIndicatorReport(reportId, header(submitted, "etag"),
                body(IndicatorReturnRequest.class, "{\"reason\":\"Thiếu số liệu\"}"), UUID.randomUUID().toString()), 403);
        var returned = reviewing.returnIndicatorReportWithHttpInfo(reportId, header(submitted, "etag"),
                body(IndicatorReturnRequest.class, "{\"reason\":\"Thiếu số liệu\"}"), UUID.randomUUID().toString());
        check("returned".equals(returned.getData().getStatus().getValue()), "report returned");
        var resubmitted = indicators.submitIndicatorReportWithHttpInfo(reportId, header(returned, "etag"), UUID.randomUUID().toString());
        var accepted = reviewing.acceptIndicatorReport(reportId, header(resubmitted, "etag"), UUID.randomUUID().toString());
        check("accepted".equals(accepted.getStatus().getValue()), "report accepted");
        check(indicators.getIndicatorReportHistory(reportId, null, null).getItems().size() >= 6, "report history");
        check(text(indicators.getIndicatorReportTemplate()).startsWith("kind,level,adminUnit"), "the indicator report template");
        var reportBulk = indicators.submitIndicatorReports(("kind,level,adminUnit,organizationId,fromYear,toYear,title,indicator,value\r\n"
                + "interim,commune,legacy:%s,%s,2014,2015,Sơ kết %s,mediation_teams,3\r\n").formatted(commune, org, TAG), UUID.randomUUID().toString());
        check(reportBulk.getCreated() == 1, "a bulk file of one report");
        check(statistics.getIndicatorStatistics("legacy:395", 2015, null, null, "legacy", null, null, null, null).getRows() != null, "indicator statistics");
        UUID spareReport = indicators.listIndicatorReports(null, null, ReviewKind.INTERIM, null, null, org, null, null, null, null, 10, null).getItems().get(0).getId();
        indicators.deleteIndicatorReport(spareReport, header(indicators.getIndicatorReportWithHttpInfo(spareReport, null), "etag"));

        check(!indicators.listIndicatorReportChanges(null, "legacy:395", 10).getItems().isEmpty(), "indicator report changes of Thọ Xuân");

        // Reporting calendar: a period of Thanh Hóa's communes for a year ahead (the TypeScript suite takes Hà Tĩnh's),
        // read (304), listed, replaced, patched, its units as JSON and CSV, history, feed, deleted; then a target likewise.
        var calendar = new ReportingCalendarApi(client);
        int periodYear = 2030 + new java.util.Random().nextInt(70);
        ReportingPeriodRequest periodBody = body(ReportingPeriodRequest.class, """
                {"title":"Kỳ báo cáo %s","organizationId":"%s","kind":"annual","fromYear":%d,"toYear":%d,"level":"commune",
                 "era":"2025","adminUnit":{"era":"2025","code":"38"},"indicators":["mediation_teams"],
                 "opensOn":"%d-01-01","dueOn":"%d-12-20"}""".formatted(TAG, org, periodYear, periodYear, periodYear, periodYear));
        var period = calendar.createReportingPeriodWithHttpInfo(periodBody, UUID.randomUUID().toString());
        UUID periodId = period.getData().getId();
        expectStatus(304, "conditional period read", () -> calendar.getReportingPeriod(periodId, header(period, "etag")));
        check(calendar.listReportingPeriods(null, null, null, periodYear, "2025:38", null, null, null, null, TAG, 10, null)
                .getItems().size() == 1, "period listed");
        periodBody.setNote("Ghi chú");
        var periodReplaced = calendar.replaceReportingPeriodWithHttpInfo(periodId, header(period, "etag"), periodBody);
        var periodPatched = calendar.patchReportingPeriodWithHttpInfo(periodId, header(periodReplaced, "etag"),
                Map.of("dueOn", periodYear + "-12-27"));
        var standing = calendar.getReportingPeriodUnits(periodId, null, null, null, 10, null);
        check(standing.getSummary().getUnits() > 0 && standing.getSummary().getByStatus().getMissing().equals(standing.getSummary().getUnits()),
                "every commune of the period is missing");
        check(text(calendar.getReportingPeriodUnitsCsv(periodId, ReportingStanding.MISSING, null, null, null)).startsWith("unitEra,"),
                "the period's units as CSV");
        check(calendar.getReportingPeriodHistory(periodId, null, null).getItems().size() == 3, "period history");
        check(!calendar.listReportingPeriodChanges(null, "2025:38", 10).getItems().isEmpty(), "period changes of Thanh Hóa");
        calendar.deleteReportingPeriod(periodId, header(periodPatched, "etag"));
        TargetRequest targetBody = body(TargetRequest.class, """
                {"adminUnit":{"era":"2025","code":"38"},"indicator":"mediation_teams","fromYear":%d,"toYear":%d,"minimumValue":10}"""
                .formatted(periodYear, periodYear));
        var target = calendar.createTargetWithHttpInfo(targetBody, UUID.randomUUID().toString());
        UUID targetId = target.getData().getId();
        expectStatus(304, "conditional target read", () -> calendar.getTarget(targetId, header(target, "etag")));
        check(calendar.listTargets("2025:38", "mediation_teams", periodYear, null, null, 10, null).getItems().size() == 1, "target listed");
        targetBody.setNote("Ghi chú");
        var targetReplaced = calendar.replaceTargetWithHttpInfo(targetId, header(target, "etag"), targetBody);
        var targetPatched = calendar.patchTargetWithHttpInfo(targetId, header(targetReplaced, "etag"), Map.of("minimumValue", 12));
        check(targetPatched.getData().getMinimumValue() == 12L, "target patched");
        check(calendar.getTargetHistory(targetId, null, null).getItems().size() == 3, "target history");
        check(!calendar.listTargetChanges(null, "2025:38", 10).getItems().isEmpty(), "target changes of Thanh Hóa");
        calendar.deleteTarget(targetId, header(targetPatched, "etag"));

        // Review conferences: created with a key, read (304), listed by program, replaced, a stale replace, patched, history, feed, deleted.
        var conferences = new ReviewConferencesApi(client);
        ReviewConferenceRequest conferenceBody = body(ReviewConferenceRequest.class, """
                {"kind":"annual","heldOn":"2016-01-20","level":"district","adminUnit":{"era":"legacy","code":"395"},
                 "title":"Hội nghị tổng kết %s","hostIds":["%s"],"format":"in_person","programId":"%s","fromYear":2015,"toYear":2015,
                 "indicatorReportId":"%s","summary":"Tổng kết năm 2015"}""".formatted(TAG, org, programId, reportId));
        var conference = conferences.createReviewConferenceWithHttpInfo(conferenceBody, UUID.randomUUID().toString());
        UUID conferenceId = conference.getData().getId();
        expectStatus(304, "conditional conference read", () -> conferences.getReviewConference(conferenceId, header(conference, "etag")));
        check(conferences.listReviewConferences(null, null, null, null, null, null, programId, null, null, null, null, null, null, 10, null)
                .getItems().size() == 1, "conference listed by its program");
        conferenceBody.setSummary("Tổng kết năm 2015, đã sửa");
        var conferenceReplaced = conferences.replaceReviewConferenceWithHttpInfo(conferenceId, header(conference, "etag"), conferenceBody);
        expectProblem(412, "a stale conference replace",
                () -> conferences.replaceReviewConference(conferenceId, header(conference, "etag"), conferenceBody), 412);
        var conferencePatched = conferences.patchReviewConferenceWithHttpInfo(conferenceId, header(conferenceReplaced, "etag"),
                Map.of("title", "Hội nghị đã sửa " + TAG));
        check(conferencePatched.getData().getSummary().endsWith("đã sửa"), "conference patch keeps the summary");
        check(conferences.getReviewConferenceHistory(conferenceId, null, null).getItems().size() == 3, "conference history");
        check(!conferences.listReviewConferenceChanges(null, "legacy:395", 10).getItems().isEmpty(), "conference changes of Thọ Xuân");
        conferences.deleteReviewConference(conferenceId, header(conferencePatched, "etag"));

        // Campaign launches: the same life cycle, and their statistics.
        var campaigns = new CampaignsApi(client);
        CampaignRequest campaignBody = body(CampaignRequest.class, """
                {"kind":"thematic_campaign","launchedOn":"2016-03-01","level":"district","adminUnit":{"era":"legacy","code":"395"},
                 "title":"Phát động phòng chống trộm cắp %s","organizerIds":["%s"],"participants":500,"indicatorReportId":"%s"}"""
                .formatted(TAG, org, reportId));
        var campaign = campaigns.createCampaignWithHttpInfo(campaignBody, UUID.randomUUID().toString());
        UUID campaignId = campaign.getData().getId();
        expectStatus(304, "conditional campaign read", () -> campaigns.getCampaign(campaignId, header(campaign, "etag")));
        check(campaigns.listCampaigns(null, null, null, null, null, null, org, null, null, null, null, null, 10, null).getItems().size() == 1,
                "campaign listed by its organizer");
        campaignBody.setDescription("Ra quân cao điểm");
        var campaignReplaced = campaigns.replaceCampaignWithHttpInfo(campaignId, header(campaign, "etag"), campaignBody);
        var campaignPatched = campaigns.patchCampaignWithHttpInfo(campaignId, header(campaignReplaced, "etag"), Map.of("participants", 650));
        check(campaignPatched.getData().getParticipants() == 650 && "Ra quân cao điểm".equals(campaignPatched.getData().getDescription()),
                "campaign patch keeps the description");
        check(campaigns.getCampaignHistory(campaignId, null, null).getItems().size() == 3, "campaign history");
        check(!campaigns.listCampaignChanges(null, null, 10).getItems().isEmpty(), "campaign changes");
        check(!statistics.getCampaignStatistics("legacy:395", 2016, null, null, "legacy", null, null, null).getRows().isEmpty(), "campaign statistics");
        check(text(statistics.getCampaignsStatisticsCsv("legacy:395", 2016, null, null, "legacy", null, null)).startsWith("statistic,"),
                "campaign statistics as CSV");
        campaigns.deleteCampaign(campaignId, header(campaignPatched, "etag"));

        // Webhook subscriptions: created (paused, so nothing is posted), read, replaced, patched, history, deliveries, deleted.
        var webhooks = new WebhooksApi(client);
        WebhookSubscriptionRequest hookBody = body(WebhookSubscriptionRequest.class, """
                {"url":"https://hooks.example.org/antq/%s","collections":["models","organizations"],"adminUnit":{"era":"2025","code":"42"},
                 "secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw","description":"Cổng thông tin %s","status":"paused"}""".formatted(TAG, TAG));
        var hook = webhooks.createWebhookSubscriptionWithHttpInfo(hookBody, UUID.randomUUID().toString());
        UUID hookId = hook.getData().getId();
        expectStatus(304, "conditional subscription read", () -> webhooks.getWebhookSubscription(hookId, header(hook, "etag")));
        check(webhooks.listWebhookSubscriptions(null, 100, null).getItems().stream().anyMatch(h -> hookId.equals(h.getId())), "subscription listed");
        hookBody.setDescription("Cổng thông tin " + TAG + " (sửa)");
        var hookReplaced = webhooks.replaceWebhookSubscriptionWithHttpInfo(hookId, header(hook, "etag"), hookBody);
        var hookPatched = webhooks.patchWebhookSubscriptionWithHttpInfo(hookId, header(hookReplaced, "etag"), Map.of("collections", List.of("models")));
        check(hookPatched.getData().getCollections().size() == 1, "subscription patched");
        check(webhooks.getWebhookSubscriptionHistory(hookId, null, null).getItems().size() == 3, "subscription history");
        check(webhooks.listWebhookDeliveries(hookId, 10, null).getItems().isEmpty(), "a paused subscription has no deliveries");
        webhooks.deleteWebhookSubscription(hookId, header(hookPatched, "etag"));

        // Organization successions: a district police dissolved into a provincial one, read (304), listed, replaced,
        // patched, its history and the lineage it makes; deleted before the organizations it names.
        OrganizationRequest provincialPolice = body(OrganizationRequest.class, """
                {"name":"Công an tỉnh Thanh Hóa %s","shortName":"CA tỉnh","type":"police","level":"province",
                 "adminUnit":{"era":"legacy","code":"38"}}""".formatted(TAG));
        UUID dissolvedPolice = organizations.createOrganization(body(OrganizationRequest.class,
                json.writeValueAsString(police).replace(TAG, TAG + "d")), null).getId();
        UUID province = organizations.createOrganization(provincialPolice, null).getId();
        OrganizationSuccessionRequest successionBody = body(OrganizationSuccessionRequest.class, """
                {"kind":"dissolved","effectiveOn":"2025-03-01","predecessorIds":["%s"],
                 "successors":[{"organizationId":"%s","receives":"Chức năng, nhiệm vụ"}],"legalBasis":"Nghị quyết %s"}"""
                .formatted(dissolvedPolice, province, TAG));
        var succession = organizations.createOrganizationSuccessionWithHttpInfo(successionBody, UUID.randomUUID().toString());
        UUID successionId = succession.getData().getId();
        check(succession.getStatusCode() == 201 && dissolvedPolice.equals(succession.getData().getPredecessors().get(0).getOrganizationId())
                && province.equals(succession.getData().getSuccessors().get(0).getOrganizationId()), "succession created with its organizations");
        expectStatus(304, "conditional succession read", () -> organizations.getOrganizationSuccession(successionId, header(succession, "etag")));
        check(organizations.listOrganizationSuccessions(null, province, null, null, null, null, 10, null).getItems().stream()
                .map(e -> e.getId()).toList().equals(List.of(successionId)), "succession listed by its successor");
        successionBody.setNote("Ghi chú");
        var successionReplaced = organizations.replaceOrganizationSuccessionWithHttpInfo(successionId, header(succession, "etag"), successionBody);
        expectProblem(412, "a stale succession replace",
                () -> organizations.replaceOrganizationSuccession(successionId, header(succession, "etag"), successionBody), 412);
        var successionPatched = organizations.patchOrganizationSuccessionWithHttpInfo(successionId, header(successionReplaced, "etag"),
                Map.of("legalBasis", "Nghị quyết đã sửa " + TAG));
        check("Ghi chú".equals(successionPatched.getData().getNote()) && successionPatched.getData().getLegalBasis().startsWith("Nghị quyết đã sửa"),
                "succession patch keeps the note");
        check(organizations.getOrganizationSuccessionHistory(successionId, null, null).getItems().size() == 3, "succession history");
        var lineage = organizations.getOrganizationLineage(dissolvedPolice);
        check(lineage.getSuccessors().size() == 1 && province.equals(lineage.getSuccessors().get(0).getOrganizationId())
                && lineage.getEvents().stream().anyMatch(e -> successionId.equals(e.getId())), "the lineage runs to the province");
        expectProblem(409, "an organization an event names is not deleted", () -> organizations.deleteOrganizationWithHttpInfo(province,
                header(organizations.getOrganizationWithHttpInfo(province, null), "etag")), 409);
        organizations.deleteOrganizationSuccession(successionId, header(successionPatched, "etag"));
        expectProblem(404, "a deleted succession", () -> organizations.getOrganizationSuccession(successionId, null), 404);
        organizations.deleteOrganization(province, header(organizations.getOrganizationWithHttpInfo(province, null), "etag"));
        organizations.deleteOrganization(dissolvedPolice, header(organizations.getOrganizationWithHttpInfo(dissolvedPolice, null), "etag"));

        // Documents: created with a key, read (304), listed, replaced, patched; a PDF added, listed, downloaded byte for
        // byte (304 by its hash), removed; citations, history, the change feed; deleted.
        var documents = new DocumentsApi(client);
        DocumentRequest documentBody = body(DocumentRequest.class, """
                {"number":"%s/QĐ-UBND","kind":"decision","issuedOn":"2023-05-10","issuerIds":[],"issuerName":"Ủy ban nhân dân huyện Thọ Xuân",
                 "signer":{"name":"Lê Văn Thuận","title":"Phó Chủ tịch"},"summary":"Về việc khen thưởng tập thể Thọ Xuân %s","level":"district",
                 "adminUnit":{"era":"legacy","code":"395"},"access":"internal"}""".formatted(TAG, TAG));
        var document = documents.createDocumentWithHttpInfo(documentBody, UUID.randomUUID().toString());
        UUID documentId = document.getData().getId();
        check(document.getStatusCode() == 201 && document.getData().getFiles().isEmpty()
                && "Huyện Thọ Xuân".equals(document.getData().getAdminUnit().getFullName()), "document created without files");
        expectStatus(304, "conditional document read", () -> documents.getDocument(documentId, header(document, "etag")));
        check(documents.listDocuments(null, null, null, null, null, null, null, null, null, "tho xuan " + TAG, 10, null).getItems().stream()
                .map(d -> d.getId()).toList().equals(List.of(documentId)), "document found without accents");
        documentBody.setSummary("Về việc khen thưởng tập thể Thọ Xuân " + TAG + ", đã sửa");
        var documentReplaced = documents.replaceDocumentWithHttpInfo(documentId, header(document, "etag"), documentBody);
        var documentPatched = documents.patchDocumentWithHttpInfo(documentId, header(documentReplaced, "etag"), Map.of("access", "restricted"));
        check("restricted".equals(documentPatched.getData().getAccess().getValue())
                && documentPatched.getData().getSummary().endsWith("đã sửa"), "document patch keeps the summary");
        // The generated client writes a File body as JSON (its path); the raw bytes are sent instead through its request
        // interceptor, on a client of their own.
        byte[] pdf = ("%PDF-1.4\n1 0 obj<<>>endobj\n% " + TAG + "\ntrailer<<>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        var uploader = new ApiClient();
        uploader.updateBaseUri(BASE);
        uploader.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        uploader.setResponseInterceptor(client.getResponseInterceptor());
        java.io.File pdfFile = java.io.File.createTempFile("antq-", ".pdf");
        pdfFile.deleteOnExit();
        java.nio.file.Files.write(pdfFile.toPath(), pdf);
        var added = new DocumentsApi(uploader).addDocumentFileWithHttpInfo(documentId,
                "attachment; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20" + TAG + ".pdf", pdfFile, UUID.randomUUID().toString(),
                header(documentPatched, "etag"));
        UUID fileId = added.getData().getId();
        check(added.getStatusCode() == 201 && ("Quyết định " + TAG + ".pdf").equals(added.getData().getFilename())
                && "application/pdf".equals(added.getData().getMediaType().getValue()) && added.getData().getSize() == pdf.length
                && sha.equals(added.getData().getSha256()), "a PDF added with its name, type, size and hash");
        check(documents.listDocumentFiles(documentId).getItems().stream().map(f -> f.getId()).toList().equals(List.of(fileId)), "the file listed");
        var content = documents.getDocumentFileContentWithHttpInfo(documentId, fileId, null, null, null);
        check(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(content.getData().toPath()), pdf)
                && header(content, "etag").equals("\"" + sha + "\""), "the file downloads byte for byte, its hash as ETag");
        expectStatus(304, "conditional file download", () -> documents.getDocumentFileContent(documentId, fileId, null, null, "\"" + sha + "\""));
        check(documents.listDocumentCitations(documentId).getItems().isEmpty(), "no record cites the new document");
        var withFile = documents.getDocumentWithHttpInfo(documentId, null);
        check(withFile.getData().getFiles().size() == 1 && sha.equals(withFile.getData().getFiles().get(0).getSha256()), "the document lists its file");
        documents.removeDocumentFile(documentId, fileId, header(withFile, "etag"));
        check(documents.listDocumentFiles(documentId).getItems().isEmpty(), "the file removed");
        check(documents.getDocumentHistory(documentId, 20, null).getItems().size() >= 3, "document history");
        check(documents.listDocumentChanges(null, null, 100).getItems().stream().anyMatch(c -> documentId.equals(c.getId())), "document changes");
        documents.deleteDocument(documentId, header(documents.getDocumentWithHttpInfo(documentId, null), "etag"));
        expectProblem(404, "a deleted document", () -> documents.getDocument(documentId, null), 404);

        // Labels, open data, festival activity statistics, and the personal data access log (admins only).
        var labels = new LabelsApi(client);
        var labelled = labels.getLabelsWithHttpInfo("vi", null, null);
        check("Khu dân cư".equals(labelled.getData().getEnums().get("SubjectKind").get("residential_area")), "Vietnamese labels");
        expectStatus(304, "labels revalidated", () -> labels.getLabels("vi", null, header(labelled, "etag")));
        var openData = new OpenDataApi(client);
        var catalogue = openData.getOpenDataCatalogue();
        check("CC-BY-4.0".equals(catalogue.getLicenses().get(0).getName()) && !catalogue.getResources().isEmpty(), "the open-data catalogue");
        var resource = catalogue.getResources().stream().filter(r -> r.getName().startsWith("statistics-safety-")).findFirst().orElseThrow();
        var openFile = openData.getOpenDataFileWithHttpInfo(resource.getName() + ".csv", null, null);
        check(text(openFile.getData()).startsWith(String.join(",", resource.getSchema().getFields().stream().map(f -> f.getName()).toList())),
                "an open-data file with the catalogue's columns");
        expectStatus(304, "an open-data file revalidated",
                () -> openData.getOpenDataFile(resource.getName() + ".csv", header(openFile, "etag"), null));
        check(statistics.getFestivalActivityStatistics("2025:42", 2026, null, null, null, null).getRows() != null, "festival activity statistics");
        check(text(statistics.getFestivalActivityStatisticsCsv("2025:42", 2026, null, null, null, null)).startsWith("statistic,"),
                "festival activity statistics as CSV");
        var accessLog = new PersonalDataApi(client).listPersonalDataAccess(null, awardId, null, null, 10, null);
        check(accessLog.getLimit() == 10 && accessLog.getItems().stream().allMatch(a -> awardId.equals(a.getRecordId())),
                "the personal data access log of the award");

        // Deletes last: what refers to a record goes first.
        agreements.deleteAgreement(agreementId, header(agreements.getAgreementWithHttpInfo(agreementId, null), "etag"));
        programs.deleteProgram(programId, header(programs.getProgramWithHttpInfo(programId, null), "etag"));
        models.deleteModel(modelId, header(models.getModelWithHttpInfo(modelId, null), "etag"));
        organizations.deleteOrganization(org3, header(organizations.getOrganizationWithHttpInfo(org3, null), "etag"));
        expectProblem(404, "a deleted organization", () -> organizations.getOrganization(org3, null), 404);

        coverage();
        System.out.println("Java client suite: " + checks + " checks passed");
    }

    /** Every operation of the contract must have been called through the client and answered as documented (2xx or 304). */
    private void coverage() throws Exception {
        HttpResponse<String> contract = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode paths = json.readTree(contract.body()).path("paths");
        Set<String> missing = new TreeSet<>();
        int operations = 0;
        for (var path = paths.fields(); path.hasNext(); ) {
            var entry = path.next();
            Pattern template = Pattern.compile(entry.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            for (var method = entry.getValue().fields(); method.hasNext(); ) {
                var operation = method.next();
                if (!operation.getValue().has("operationId")) {
                    continue;
                }
                operations++;
                String verb = operation.getKey().toUpperCase();
                boolean called = calls.stream().anyMatch(c -> c[0].equals(verb) && template.matcher(c[1]).matches()
                        && (c[2].startsWith("2") || c[2].equals("304")));
                if (!called) {
                    missing.add(operation.getValue().get("operationId").asText());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("Operations not called through the Java client: " + missing);
        }
        System.out.println("Java client suite: all " + operations + " operations of the contract called");
    }

    /** Text bodies (calendar, CSV) come as a file; read as UTF-8, as the service sends them. */
    private static String text(java.io.File file) throws Exception {
        return java.nio.file.Files.readString(file.toPath(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private <T> T body(Class<T> type, String text) throws Exception {
        return json.readValue(text, type);
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("Failed: " + what);
        }
        checks++;
    }

    /** The call fails with {@code status} (the client raises every non-2xx answer, 304 included). */
    private void expectStatus(int status, String what, Call<?> call) throws Exception {
        try {
            call.run();
        } catch (ApiException e) {
            check(e.getCode() == status, what + ": " + status + " (got " + e.getCode() + ")");
            return;
        }
        throw new AssertionError("Failed: " + what + ": expected " + status + ", the call succeeded");
    }

    /** The call fails with a problem+json body of {@code status}. */
    private void expectProblem(int ignored, String what, Call<?> call, int status) throws Exception {
        try {
            call.run();
        } catch (ApiException e) {
            check(e.getCode() == status, what + ": " + status + " (got " + e.getCode() + ")");
            JsonNode problem = json.readTree(e.getResponseBody());
            check(problem.path("status").asInt() == status && problem.hasNonNull("type") && problem.hasNonNull("title"),
                    what + ": a problem body");
            return;
        }
        throw new AssertionError("Failed: " + what + ": expected " + status + ", the call succeeded");
    }
}
