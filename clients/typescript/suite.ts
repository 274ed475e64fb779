// Every operation of the contract through the generated TypeScript client (typescript-fetch), against the
// running service: reads, writes, conditional reads (304), problems (404, 409, 412, 422), an idempotent create
// retried, merge patches, paging and the festival sync. Fails when an operation of the contract was not called
// through the client and answered as documented (2xx or 304). Run by deploy/client-suites.sh.
import {
  AdministrativeUnitsApi, AwardsApi, CampaignsApi, Configuration, CoordinationAgreementsApi, DocumentsApi, FestivalsApi, GrassrootsModelsApi,
  IndicatorsApi, LabelsApi, OpenDataApi, OrganizationsApi, PersonalDataApi, ProgramsApi, ReportingCalendarApi, ResponseError, ReviewConferencesApi,
  SafetyStandardApi,
  StatisticsApi, WebhooksApi,
  AgreementRequestFromJSON, AnnulmentRequestFromJSON, RecipientCorrectionFromJSON, AwardRequestFromJSON, CampaignRequestFromJSON, DocumentRequestFromJSON, FestivalRequestFromJSON,
  IndicatorReportRequestFromJSON, IndicatorRequestFromJSON, ModelPointRequestFromJSON, ModelRequestFromJSON,
  OrganizationRequestFromJSON, OrganizationSuccessionRequestFromJSON, ProgramRequestFromJSON, ReportingPeriodRequestFromJSON,
  ReviewConferenceRequestFromJSON, SafetyAssessmentRequestFromJSON, TargetRequestFromJSON,
  WebhookSubscriptionRequestFromJSON,
} from '../../target/clients/typescript';

declare const process: { env: Record<string, string | undefined>; exit(code: number): never };
const randomUUID = () => crypto.randomUUID();

const BASE = process.env.ANTQ_BASE_URL!;
const TOKEN = process.env.ANTQ_ADMIN_TOKEN!;
const TAG = randomUUID().substring(0, 8);
const calls: Array<[string, string, number]> = [];
let checks = 0;

const config = new Configuration({
  basePath: BASE,
  accessToken: async () => TOKEN,
  middleware: [{
    post: async (context) => {
      calls.push([(context.init.method ?? 'GET').toUpperCase(), new URL(context.url).pathname, context.response.status]);
      return context.response;
    },
  }],
});

/** An editor of Thanh Hóa (2025 province 38): accepts and returns its communes' reports, which their submitter may not. */
const reviewerConfig = new Configuration({ basePath: BASE, accessToken: async () => process.env.ANTQ_EDITOR_TOKEN!, middleware: config.middleware });

function check(condition: boolean, what: string) {
  if (!condition) throw new Error('Failed: ' + what);
  checks++;
}

const key = () => randomUUID();
const etag = (response: { raw: Response }) => {
  const tag = response.raw.headers.get('ETag');
  if (!tag) throw new Error('no ETag');
  return tag;
};

/** The call fails with this status (the client raises every status outside 2xx, 304 included). */
async function expectStatus(status: number, what: string, call: () => Promise<unknown>, problem = status !== 304) {
  try {
    await call();
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
    check(e.response.status === status, `${what}: ${status} (got ${e.response.status})`);
    if (problem) {
      check((e.response.headers.get('Content-Type') ?? '').startsWith('application/problem+json'), `${what}: a problem`);
      const body = await e.response.json();
      check(body.status === status && typeof body.type === 'string' && typeof body.title === 'string', `${what}: a problem body`);
    }
    return;
  }
  throw new Error(`Failed: ${what}: expected ${status}, the call succeeded`);
}

async function main() {
  const units = new AdministrativeUnitsApi(config);
  const organizations = new OrganizationsApi(config);
  const programs = new ProgramsApi(config);
  const agreements = new CoordinationAgreementsApi(config);
  const festivals = new FestivalsApi(config);
  const models = new GrassrootsModelsApi(config);
  const awards = new AwardsApi(config);
  const safety = new SafetyStandardApi(config);
  const statistics = new StatisticsApi(config);
  const indicators = new IndicatorsApi(config);
  const webhooks = new WebhooksApi(config);

  // Administrative units: a search, paged, and one unit (dates go out as written).
  const unitPage = await units.listAdminUnits({ q: 'tho xuan', limit: 1 });
  check(unitPage.items.length === 1 && unitPage.nextCursor != null, 'admin units: a first page with a next cursor');
  const unitPage2 = await units.listAdminUnits({ q: 'tho xuan', limit: 1, cursor: unitPage.nextCursor! });
  check(unitPage2.items[0].code !== unitPage.items[0].code, 'admin units: the next page moves on');
  check((await units.getAdminUnit({ era: 'legacy', code: '395', asOf: '2020-01-01' })).fullName.includes('Thọ Xuân'), 'Thọ Xuân in UTF-8');
  // A commune of Thọ Xuân's second half (the Java suite takes the first): a unit has one report per kind and period.
  const communes = (await units.listAdminUnits({ era: 'legacy', level: 'commune', parent: 'legacy:395', asOf: '2015-01-01', limit: 40 })).items;
  const half = Math.floor(communes.length / 2);
  const commune = communes[half + Math.floor(Math.random() * (communes.length - half))].code;

  // Organizations: an idempotent create retried, the same key with another body, paging, 304, 412, merge patch.
  const policeJson = {
    name: `Công an huyện Thọ Xuân ${TAG}`, shortName: 'CA huyện', type: 'police', level: 'district',
    adminUnit: { era: 'legacy', code: '395' }, activeFrom: '2013-01-01', activeTo: '2025-02-28',
  };
  const idem = key();
  const created = await organizations.createOrganizationRaw({ organizationRequest: OrganizationRequestFromJSON(policeJson), idempotencyKey: idem });
  const retried = await organizations.createOrganizationRaw({ organizationRequest: OrganizationRequestFromJSON(policeJson), idempotencyKey: idem });
  const org = (await created.value()).id;
  check(created.raw.status === 201 && retried.raw.status === 201 && (await retried.value()).id === org, 'the retry answers the same organization');
  check(created.raw.headers.get('Location') === retried.raw.headers.get('Location'), 'the retry answers the same Location');
  await expectStatus(422, 'the same key with another body', () => organizations.createOrganization({
    organizationRequest: OrganizationRequestFromJSON({ ...policeJson, name: policeJson.name + ' x' }), idempotencyKey: idem }));
  const org2 = (await organizations.createOrganization({ organizationRequest: OrganizationRequestFromJSON({ ...policeJson, name: policeJson.name + ' b' }) })).id;
  const org3 = (await organizations.createOrganization({ organizationRequest: OrganizationRequestFromJSON({ ...policeJson, name: policeJson.name + ' c' }) })).id;
  const hatinh = (await organizations.createOrganization({ organizationRequest: OrganizationRequestFromJSON({
    name: `UBND tỉnh Hà Tĩnh ${TAG}`, type: 'peoples_committee', level: 'province', adminUnit: { era: '2025', code: '42' }, activeFrom: '2025-07-01' }) })).id;
  const orgRead = await organizations.getOrganizationRaw({ id: org });
  await expectStatus(304, 'a conditional read of an unchanged organization', () => organizations.getOrganization({ id: org, ifNoneMatch: etag(orgRead) }));
  const page1 = await organizations.listOrganizations({ type: 'police', q: TAG, sort: 'name', limit: 2 });
  const page2 = await organizations.listOrganizations({ type: 'police', q: TAG, sort: 'name', limit: 2, cursor: page1.nextCursor! });
  check(page1.items.length === 2 && page2.items.length === 1 && page2.nextCursor == null, 'three organizations paged by two');
  const replaced = await organizations.replaceOrganizationRaw({ id: org, ifMatch: etag(orgRead), organizationRequest: OrganizationRequestFromJSON({ ...policeJson, shortName: 'CA Thọ Xuân' }) });
  await expectStatus(412, 'a replace with a stale If-Match', () => organizations.replaceOrganization({ id: org, ifMatch: etag(orgRead), organizationRequest: OrganizationRequestFromJSON(policeJson) }));
  const patched = await organizations.patchOrganization({ id: org, ifMatch: etag(replaced), requestBody: { note: 'Đơn vị cũ, đã hợp nhất' } });
  check(patched.note === 'Đơn vị cũ, đã hợp nhất' && patched.shortName === 'CA Thọ Xuân', 'merge patch changes only the note');
  const orgHistory = await organizations.getOrganizationHistory({ id: org });
  check(orgHistory.items.length === 3 && orgHistory.items[0].changes.some(c => c.field === 'note' && c.after === 'Đơn vị cũ, đã hợp nhất'),
    'history: three entries, the newest names the note it changed');
  await expectStatus(404, 'an unknown organization', () => organizations.getOrganization({ id: randomUUID() }));
  check((await organizations.listOrganizationChanges({ limit: 10 })).items.length > 0, 'organization changes');

  // Programs.
  const programJson = {
    code: `CT-${TAG}`, title: `Chương trình phối hợp ${TAG}`, level: 'province', adminUnit: { era: 'legacy', code: '38' },
    status: 'active', signedOn: '2013-08-01', periodStart: '2013-08-01', periodEnd: '2023-07-31', signatoryIds: [org, org2], reviews: [],
  };
  const program = await programs.createProgramRaw({ programRequest: ProgramRequestFromJSON(programJson), idempotencyKey: key() });
  const programId = (await program.value()).id;
  await expectStatus(304, 'conditional program read', () => programs.getProgram({ id: programId, ifNoneMatch: etag(program) }));
  check((await programs.listPrograms({ q: TAG, limit: 10 })).items.length === 1, 'program listed');
  const programReplaced = await programs.replaceProgramRaw({ id: programId, ifMatch: etag(program), programRequest: ProgramRequestFromJSON({ ...programJson, summary: 'Tóm tắt' }) });
  const programPatched = await programs.patchProgram({ id: programId, ifMatch: etag(programReplaced), requestBody: { title: `Chương trình đã sửa ${TAG}` } });
  check(programPatched.summary === 'Tóm tắt', 'program patch keeps the summary');
  check((await programs.getProgramHistory({ id: programId })).items.length === 3, 'program history');
  const programChanges = await programs.listProgramChanges({ limit: 10 });
  check(Array.isArray((await programs.listProgramChanges({ since: programChanges.nextToken, limit: 10 })).items), 'program changes resumed');

  // Coordination agreements.
  const agreementJson = {
    programId, number: `QC-${TAG}`, title: `Quy chế phối hợp ${TAG}`, signedOn: '2013-09-01', validFrom: '2013-09-01', validTo: '2023-08-31',
    adminUnit: { era: 'legacy', code: '395' }, status: 'expired', parties: [{ organizationId: org, role: 'lead' }, { organizationId: org2, role: 'co_lead' }],
  };
  const agreement = await agreements.createAgreementRaw({ agreementRequest: AgreementRequestFromJSON(agreementJson), idempotencyKey: key() });
  const agreementId = (await agreement.value()).id;
  await expectStatus(304, 'conditional agreement read', () => agreements.getAgreement({ id: agreementId, ifNoneMatch: etag(agreement) }));
  check((await agreements.listAgreements({ programId, limit: 10 })).items.length === 1, 'agreement listed');
  const agreementReplaced = await agreements.replaceAgreementRaw({ id: agreementId, ifMatch: etag(agreement), agreementRequest: AgreementRequestFromJSON({ ...agreementJson, summary: 'Tóm tắt' }) });
  const agreementPatched = await agreements.patchAgreement({ id: agreementId, ifMatch: etag(agreementReplaced), requestBody: { title: `Quy chế đã sửa ${TAG}` } });
  check(agreementPatched.title.startsWith('Quy chế đã sửa'), 'agreement patched');
  check((await agreements.getAgreementHistory({ id: agreementId })).items.length === 3, 'agreement history');
  check((await agreements.listAgreementChanges({ limit: 10 })).items.length > 0, 'agreement changes');

  // Festivals: the sync feed before and after a change, the schedule revalidated, the calendars.
  const sync = await festivals.listFestivalChanges({});
  const festivalJson = {
    year: 2026, title: `Ngày hội ${TAG}`, adminUnit: { era: '2025', code: '18652' }, localArea: 'Tổ dân phố 5',
    startsAt: '2026-08-19T07:30:00+07:00', endsAt: '2026-08-19T11:00:00+07:00', status: 'planned',
    venue: { name: 'Nhà văn hóa', address: 'Tổ dân phố 5', latitude: 18.34, longitude: 105.9 },
    leaders: [{ level: 'province', title: 'Phó Chủ tịch UBND tỉnh' }], organizerIds: [hatinh],
  };
  const festival = await festivals.createFestivalRaw({ festivalRequest: FestivalRequestFromJSON(festivalJson), idempotencyKey: key() });
  const festivalId = (await festival.value()).id;
  await expectStatus(304, 'conditional festival read', () => festivals.getFestival({ id: festivalId, ifNoneMatch: etag(festival) }));
  const changes = await festivals.listFestivalChanges({ since: sync.nextToken });
  check(changes.items.some(c => c.id === festivalId), 'the sync feed carries the new festival');
  const schedule = await festivals.listFestivalsRaw({ unit: '2025:42', from: '2026-08-12', to: '2026-08-25', q: TAG });
  check((await schedule.value()).items.length === 1, 'the schedule lists the festival (dates sent as written)');
  await expectStatus(304, 'the schedule revalidated', () => festivals.listFestivals({ unit: '2025:42', from: '2026-08-12', to: '2026-08-25', q: TAG, ifNoneMatch: etag(schedule) }));
  check((await (await festivals.getFestivalCalendar({ unit: '2025:42', year: 2026, q: TAG })).text()).includes('BEGIN:VCALENDAR'), 'the calendar');
  const festivalReplaced = await festivals.replaceFestivalRaw({ id: festivalId, ifMatch: etag(festival), festivalRequest: FestivalRequestFromJSON({ ...festivalJson, note: 'Ghi chú' }) });
  const festivalPatched = await festivals.patchFestivalRaw({ id: festivalId, ifMatch: etag(festivalReplaced), requestBody: { status: 'postponed' } });
  check((await festivalPatched.value()).note === 'Ghi chú', 'festival patch keeps the note');
  check((await festivals.getFestivalHistory({ id: festivalId })).items.length === 3, 'festival history');
  await festivals.deleteFestival({ id: festivalId, ifMatch: etag(festivalPatched) });
  const afterDelete = await festivals.listFestivalChanges({ since: changes.nextToken });
  check(afterDelete.items.some(c => c.id === festivalId && c.deletedAt != null), 'the sync feed carries the deletion');

  // Grassroots models and their points.
  const modelJson = {
    name: `Mô hình ${TAG}`, category: 'self_management', topic: 'food_safety', adminUnit: { era: 'legacy', code: '395' },
    sponsorIds: [org], status: { status: 'maintained', since: '2023-05-10' },
  };
  const model = await models.createModelRaw({ modelRequest: ModelRequestFromJSON(modelJson), idempotencyKey: key() });
  const modelId = (await model.value()).id;
  await expectStatus(304, 'conditional model read', () => models.getModel({ id: modelId, ifNoneMatch: etag(model) }));
  check((await models.listModels({ sponsorId: org, limit: 10 })).items.length === 1, 'model listed');
  const modelReplaced = await models.replaceModelRaw({ id: modelId, ifMatch: etag(model), modelRequest: ModelRequestFromJSON({ ...modelJson, description: 'Mô tả' }) });
  const modelPatched = await models.patchModelRaw({ id: modelId, ifMatch: etag(modelReplaced), requestBody: { name: `Mô hình đã sửa ${TAG}` } });
  check((await modelPatched.value()).description === 'Mô tả', 'model patch keeps the description');
  const pointJson = { name: `Điểm ${TAG}`, adminUnit: { era: 'legacy', code: '15493' }, startedOn: '2015-03-01', teams: 3, members: 40 };
  const point = await models.createModelPointRaw({ id: modelId, modelPointRequest: ModelPointRequestFromJSON(pointJson), idempotencyKey: key() });
  const pointId = (await point.value()).id;
  await expectStatus(304, 'conditional point read', () => models.getModelPoint({ id: modelId, pointId, ifNoneMatch: etag(point) }));
  check((await models.listModelPoints({ id: modelId, limit: 10 })).items.length === 1, 'point listed');
  const pointReplaced = await models.replaceModelPointRaw({ id: modelId, pointId, ifMatch: etag(point), modelPointRequest: ModelPointRequestFromJSON({ ...pointJson, members: 45 }) });
  const pointPatched = await models.patchModelPointRaw({ id: modelId, pointId, ifMatch: etag(pointReplaced), requestBody: { teams: 4 } });
  const pointNow = await pointPatched.value();
  check(pointNow.teams === 4 && pointNow.members === 45, 'point patched');
  await models.deleteModelPoint({ id: modelId, pointId, ifMatch: etag(pointPatched) });
  check((await models.getModelHistory({ id: modelId, limit: 20 })).items.length >= 5, "model history with its points' changes");
  check((await models.listModelChanges({ unit: 'legacy:38', limit: 10 })).items.length > 0, 'model changes of a province');
  check((await models.listModelPointChanges({ limit: 10 })).nextToken != null, "model point changes (the suite's point is deleted)");

  // Awards and their annulment.
  const awardJson = {
    number: `QĐ-${TAG}`, signedOn: '2023-05-10', issuerId: org, signerTitle: 'Chủ tịch UBND huyện', form: 'district_chairman_commendation',
    occasion: { kind: 'annual_movement', year: 2023 },
    recipients: [{ kind: 'individual', name: `Người ${TAG}`, position: 'Tổ trưởng', workUnit: 'Thôn Xuân Lai', gender: 'female' }],
  };
  const award = await awards.createAwardRaw({ awardRequest: AwardRequestFromJSON(awardJson), idempotencyKey: key() });
  const awardId = (await award.value()).id;
  await expectStatus(304, 'conditional award read', () => awards.getAward({ id: awardId, ifNoneMatch: etag(award) }));
  check((await awards.listAwards({ issuerId: org, limit: 10 })).items.length === 1, 'award listed');
  const awardReplaced = await awards.replaceAwardRaw({ id: awardId, ifMatch: etag(award), awardRequest: AwardRequestFromJSON({ ...awardJson, achievement: 'Thành tích xuất sắc' }) });
  const awardPatched = await awards.patchAwardRaw({ id: awardId, ifMatch: etag(awardReplaced), requestBody: { signerTitle: 'Phó Chủ tịch UBND huyện' } });
  const annulled = await awards.annulAward({ id: awardId, ifMatch: etag(awardPatched), idempotencyKey: key(),
    annulmentRequest: AnnulmentRequestFromJSON({ decisionNumber: `07/QĐ-${TAG}`, decidedOn: '2023-07-01', reason: 'Khen thưởng không đúng đối tượng' }) });
  check(annulled.annulment != null, 'award annulled');
  check((await awards.getAwardHistory({ id: awardId })).items.length === 4, 'award history');
  const spare = await awards.createAwardRaw({ awardRequest: AwardRequestFromJSON({ ...awardJson, number: `QĐ2-${TAG}` }) });
  const spareId = (await spare.value()).id;
  const corrected = await awards.correctAwardRecipientRaw({ id: spareId, index: 0, ifMatch: etag(spare), idempotencyKey: key(),
    recipientCorrection: RecipientCorrectionFromJSON({ name: `Người đã cải chính ${TAG}`, position: 'Tổ trưởng', gender: 'female' }) });
  check((await corrected.value()).recipients[0].name.startsWith('Người đã cải chính'), 'recipient corrected');
  const erased = await awards.eraseAwardRecipientRaw({ id: spareId, index: 0, ifMatch: etag(corrected), idempotencyKey: key() });
  check((await erased.value()).recipients[0].erased === true, 'recipient erased');
  await awards.deleteAward({ id: spareId, ifMatch: etag(erased) });
  check((await awards.listAwardChanges({ limit: 10 })).items.length > 0, 'award changes');

  // Safety standard: one assessment, a bulk file, the template.
  const assessmentJson = { subjectKind: 'residential_area', year: 2018, adminUnit: { era: 'legacy', code: '15499' }, areaName: `Thôn ${TAG}`, attained: true };
  const assessment = await safety.createSafetyAssessmentRaw({ safetyAssessmentRequest: SafetyAssessmentRequestFromJSON(assessmentJson), idempotencyKey: key() });
  const assessmentId = (await assessment.value()).id;
  await expectStatus(304, 'conditional assessment read', () => safety.getSafetyAssessment({ id: assessmentId, ifNoneMatch: etag(assessment) }));
  const assessmentReplaced = await safety.replaceSafetyAssessmentRaw({ id: assessmentId, ifMatch: etag(assessment), safetyAssessmentRequest: SafetyAssessmentRequestFromJSON({ ...assessmentJson, note: 'Ghi chú' }) });
  const assessmentPatched = await safety.patchSafetyAssessmentRaw({ id: assessmentId, ifMatch: etag(assessmentReplaced), requestBody: { attained: false } });
  check((await assessmentPatched.value()).attained === false, 'assessment patched');
  check((await safety.getSafetyAssessmentHistory({ id: assessmentId })).items.length === 3, 'assessment history');
  check((await (await safety.getSafetyAssessmentTemplate()).text()).startsWith('year,subjectKind'), 'the CSV template');
  const bulk = await safety.submitSafetyAssessments({ idempotencyKey: key(),
    body: `year,subjectKind,adminUnit,areaName,attained\n2018,residential_area,legacy:15499,Khối ${TAG},true\n` });
  check(bulk.created === 1, 'a bulk file of one row');
  check((await safety.listSafetyAssessments({ unit: 'legacy:15499', year: 2018, q: TAG, limit: 10 })).items.length === 2, 'both assessments listed');
  await safety.deleteSafetyAssessment({ id: assessmentId, ifMatch: etag(assessmentPatched) });
  check((await safety.listSafetyAssessmentChanges({ limit: 10 })).items.length > 0, 'safety assessment changes');

  // Indicators: the catalogue, one created, read, replaced (and a stale replace), patched, its history, deleted.
  check((await indicators.listIndicators({ limit: 100 })).items.length > 0, 'the indicator catalogue');
  const indicatorJson = { code: `ts_suite_${TAG}`, nameVi: `Chỉ tiêu ${TAG}`, nameEn: `Indicator ${TAG}`, counts: 'What the suite counts',
    kind: 'count', shareOf: null, levels: ['province', 'district'], validFrom: '2013-01-01' };
  const indicator = await indicators.createIndicatorRaw({ indicatorRequest: IndicatorRequestFromJSON(indicatorJson), idempotencyKey: key() });
  const indicatorId = (await indicator.value()).id;
  await expectStatus(304, 'conditional indicator read', () => indicators.getIndicator({ id: indicatorId, ifNoneMatch: etag(indicator) }));
  const indicatorReplaced = await indicators.replaceIndicatorRaw({ id: indicatorId, ifMatch: etag(indicator), indicatorRequest: IndicatorRequestFromJSON({ ...indicatorJson, nameEn: `Indicator ${TAG} (renamed)` }) });
  await expectStatus(412, 'a stale indicator replace', () => indicators.replaceIndicator({ id: indicatorId, ifMatch: etag(indicator), indicatorRequest: IndicatorRequestFromJSON(indicatorJson) }));
  const indicatorPatched = await indicators.patchIndicatorRaw({ id: indicatorId, ifMatch: etag(indicatorReplaced), requestBody: { counts: 'What the suite counts, patched' } });
  check((await indicators.getIndicatorHistory({ id: indicatorId })).items.length === 3, 'indicator history');
  await indicators.deleteIndicator({ id: indicatorId, ifMatch: etag(indicatorPatched) });

  // Indicator reports: created, read, replaced, patched, submitted, returned, submitted again, accepted.
  const reportJson = { kind: 'annual', level: 'commune', adminUnit: { era: 'legacy', code: commune }, organizationId: org,
    fromYear: 2015, toYear: 2015, title: `Báo cáo ${TAG}`, values: [{ indicator: 'mediation_teams', value: 12 }] };
  const report = await indicators.createIndicatorReportRaw({ indicatorReportRequest: IndicatorReportRequestFromJSON(reportJson), idempotencyKey: key() });
  const reportId = (await report.value()).id;
  await expectStatus(304, 'conditional report read', () => indicators.getIndicatorReport({ id: reportId, ifNoneMatch: etag(report) }));
  check((await indicators.listIndicatorReports({ organizationId: org, limit: 10 })).items.length === 1, 'report listed');
  const reportReplaced = await indicators.replaceIndicatorReportRaw({ id: reportId, ifMatch: etag(report), indicatorReportRequest: IndicatorReportRequestFromJSON({ ...reportJson, note: 'Ghi chú' }) });
  const reportPatched = await indicators.patchIndicatorReportRaw({ id: reportId, ifMatch: etag(reportReplaced), requestBody: { title: `Báo cáo đã sửa ${TAG}` } });
  const submitted = await indicators.submitIndicatorReportRaw({ id: reportId, ifMatch: etag(reportPatched), idempotencyKey: key() });
  const reviewing = new IndicatorsApi(reviewerConfig);
  await expectStatus(403, 'the submitter does not return a report', () => indicators.returnIndicatorReport({ id: reportId, ifMatch: etag(submitted), idempotencyKey: key(), indicatorReturnRequest: { reason: 'Thiếu số liệu' } }));
  const returned = await reviewing.returnIndicatorReportRaw({ id: reportId, ifMatch: etag(submitted), idempotencyKey: key(), indicatorReturnRequest: { reason: 'Thiếu số liệu' } });
  check((await returned.value()).status === 'returned', 'report returned');
  const resubmitted = await indicators.submitIndicatorReportRaw({ id: reportId, ifMatch: etag(returned), idempotencyKey: key() });
  check((await reviewing.acceptIndicatorReport({ id: reportId, ifMatch: etag(resubmitted), idempotencyKey: key() })).status === 'accepted', 'report accepted');
  check((await indicators.getIndicatorReportHistory({ id: reportId })).items.length >= 6, 'report history');
  check((await (await indicators.getIndicatorReportTemplate()).text()).startsWith('kind,level,adminUnit'), 'the indicator report template');
  const reportBulk = await indicators.submitIndicatorReports({ idempotencyKey: key(), body:
    `kind,level,adminUnit,organizationId,fromYear,toYear,title,indicator,value\r\ninterim,commune,legacy:${commune},${org},2014,2015,Sơ kết ${TAG},mediation_teams,3\r\n` });
  check(reportBulk.created === 1, 'a bulk file of one report');
  const spareReport = (await indicators.listIndicatorReports({ organizationId: org, kind: 'interim', limit: 10 })).items[0].id;
  const spareRead = await indicators.getIndicatorReportRaw({ id: spareReport });
  await indicators.deleteIndicatorReport({ id: spareReport, ifMatch: etag(spareRead) });

  check((await indicators.listIndicatorReportChanges({ unit: 'legacy:395', limit: 10 })).items.length > 0, 'indicator report changes of Thọ Xuân');

  // Reporting calendar: a period of Hà Tĩnh's communes for a year ahead (the Java suite takes Thanh Hóa's), read (304),
  // listed, replaced, patched, its units as JSON and CSV, history, feed, deleted; then a target likewise.
  const calendar = new ReportingCalendarApi(config);
  const periodYear = 2030 + Math.floor(Math.random() * 70);
  const periodJson = { title: `Kỳ báo cáo ${TAG}`, organizationId: org, kind: 'annual', fromYear: periodYear, toYear: periodYear,
    level: 'commune', era: '2025', adminUnit: { era: '2025', code: '42' }, indicators: ['mediation_teams'],
    opensOn: `${periodYear}-01-01`, dueOn: `${periodYear}-12-20` };
  const period = await calendar.createReportingPeriodRaw({ reportingPeriodRequest: ReportingPeriodRequestFromJSON(periodJson), idempotencyKey: key() });
  const periodId = (await period.value()).id;
  await expectStatus(304, 'conditional period read', () => calendar.getReportingPeriod({ id: periodId, ifNoneMatch: etag(period) }));
  check((await calendar.listReportingPeriods({ year: periodYear, unit: '2025:42', q: TAG, limit: 10 })).items.length === 1, 'period listed');
  const periodReplaced = await calendar.replaceReportingPeriodRaw({ id: periodId, ifMatch: etag(period),
    reportingPeriodRequest: ReportingPeriodRequestFromJSON({ ...periodJson, note: 'Ghi chú' }) });
  const periodPatched = await calendar.patchReportingPeriodRaw({ id: periodId, ifMatch: etag(periodReplaced), requestBody: { dueOn: `${periodYear}-12-27` } });
  const standing = await calendar.getReportingPeriodUnits({ id: periodId, limit: 10 });
  check(standing.summary.units > 0 && standing.summary.byStatus.missing === standing.summary.units, 'every commune of the period is missing');
  check((await (await calendar.getReportingPeriodUnitsCsv({ id: periodId, status: 'missing' })).text()).startsWith('unitEra,'), "the period's units as CSV");
  check((await calendar.getReportingPeriodHistory({ id: periodId })).items.length === 3, 'period history');
  check((await calendar.listReportingPeriodChanges({ unit: '2025:42', limit: 10 })).items.length > 0, 'period changes of Hà Tĩnh');
  await calendar.deleteReportingPeriod({ id: periodId, ifMatch: etag(periodPatched) });
  const targetJson = { adminUnit: { era: '2025', code: '42' }, indicator: 'mediation_teams', fromYear: periodYear, toYear: periodYear, minimumValue: 10 };
  const target = await calendar.createTargetRaw({ targetRequest: TargetRequestFromJSON(targetJson), idempotencyKey: key() });
  const targetId = (await target.value()).id;
  await expectStatus(304, 'conditional target read', () => calendar.getTarget({ id: targetId, ifNoneMatch: etag(target) }));
  check((await calendar.listTargets({ unit: '2025:42', indicator: 'mediation_teams', year: periodYear, limit: 10 })).items.length === 1, 'target listed');
  const targetReplaced = await calendar.replaceTargetRaw({ id: targetId, ifMatch: etag(target), targetRequest: TargetRequestFromJSON({ ...targetJson, note: 'Ghi chú' }) });
  const targetPatched = await calendar.patchTargetRaw({ id: targetId, ifMatch: etag(targetReplaced), requestBody: { minimumValue: 12 } });
  check((await targetPatched.value()).minimumValue === 12, 'target patched');
  check((await calendar.getTargetHistory({ id: targetId })).items.length === 3, 'target history');
  check((await calendar.listTargetChanges({ unit: '2025:42', limit: 10 })).items.length > 0, 'target changes of Hà Tĩnh');
  await calendar.deleteTarget({ id: targetId, ifMatch: etag(targetPatched) });

  // Review conferences: created with a key, read (304), listed by program, replaced, a stale replace, patched, history, feed, deleted.
  const conferences = new ReviewConferencesApi(config);
  const conferenceJson = { kind: 'annual', heldOn: '2016-01-20', level: 'district', adminUnit: { era: 'legacy', code: '395' },
    title: `Hội nghị tổng kết ${TAG}`, hostIds: [org], format: 'in_person', programId, fromYear: 2015, toYear: 2015,
    indicatorReportId: reportId, summary: 'Tổng kết năm 2015' };
  const conference = await conferences.createReviewConferenceRaw({ reviewConferenceRequest: ReviewConferenceRequestFromJSON(conferenceJson), idempotencyKey: key() });
  const conferenceId = (await conference.value()).id;
  await expectStatus(304, 'conditional conference read', () => conferences.getReviewConference({ id: conferenceId, ifNoneMatch: etag(conference) }));
  check((await conferences.listReviewConferences({ programId, limit: 10 })).items.length === 1, 'conference listed by its program');
  const conferenceReplaced = await conferences.replaceReviewConferenceRaw({ id: conferenceId, ifMatch: etag(conference),
    reviewConferenceRequest: ReviewConferenceRequestFromJSON({ ...conferenceJson, summary: 'Tổng kết năm 2015, đã sửa' }) });
  await expectStatus(412, 'a stale conference replace', () => conferences.replaceReviewConference({ id: conferenceId, ifMatch: etag(conference),
    reviewConferenceRequest: ReviewConferenceRequestFromJSON(conferenceJson) }));
  const conferencePatched = await conferences.patchReviewConferenceRaw({ id: conferenceId, ifMatch: etag(conferenceReplaced), requestBody: { title: `Hội nghị đã sửa ${TAG}` } });
  check(((await conferencePatched.value()).summary ?? '').endsWith('đã sửa'), 'conference patch keeps the summary');
  check((await conferences.getReviewConferenceHistory({ id: conferenceId })).items.length === 3, 'conference history');
  check((await conferences.listReviewConferenceChanges({ unit: 'legacy:395', limit: 10 })).items.length > 0, 'conference changes of Thọ Xuân');
  await conferences.deleteReviewConference({ id: conferenceId, ifMatch: etag(conferencePatched) });

  // Campaign launches: the same life cycle, and their statistics.
  const campaigns = new CampaignsApi(config);
  const campaignJson = { kind: 'thematic_campaign', launchedOn: '2016-03-01', level: 'district', adminUnit: { era: 'legacy', code: '395' },
    title: `Phát động phòng chống trộm cắp ${TAG}`, organizerIds: [org], participants: 500, indicatorReportId: reportId };
  const campaign = await campaigns.createCampaignRaw({ campaignRequest: CampaignRequestFromJSON(campaignJson), idempotencyKey: key() });
  const campaignId = (await campaign.value()).id;
  await expectStatus(304, 'conditional campaign read', () => campaigns.getCampaign({ id: campaignId, ifNoneMatch: etag(campaign) }));
  check((await campaigns.listCampaigns({ organizerId: org, limit: 10 })).items.length === 1, 'campaign listed by its organizer');
  const campaignReplaced = await campaigns.replaceCampaignRaw({ id: campaignId, ifMatch: etag(campaign),
    campaignRequest: CampaignRequestFromJSON({ ...campaignJson, description: 'Ra quân cao điểm' }) });
  const campaignPatched = await campaigns.patchCampaignRaw({ id: campaignId, ifMatch: etag(campaignReplaced), requestBody: { participants: 650 } });
  const campaignNow = await campaignPatched.value();
  check(campaignNow.participants === 650 && campaignNow.description === 'Ra quân cao điểm', 'campaign patch keeps the description');
  check((await campaigns.getCampaignHistory({ id: campaignId })).items.length === 3, 'campaign history');
  check((await campaigns.listCampaignChanges({ limit: 10 })).items.length > 0, 'campaign changes');
  check((await statistics.getCampaignStatistics({ unit: 'legacy:395', year: 2016, era: 'legacy' })).rows.length > 0, 'campaign statistics');
  check((await (await statistics.getCampaignsStatisticsCsv({ unit: 'legacy:395', year: 2016, era: 'legacy' })).text()).startsWith('statistic,'),
    'campaign statistics as CSV');
  await campaigns.deleteCampaign({ id: campaignId, ifMatch: etag(campaignPatched) });

  // Webhook subscriptions (paused, so nothing is posted).
  const hookJson = { url: `https://hooks.example.org/antq/ts-${TAG}`, collections: ['models', 'organizations'], adminUnit: { era: '2025', code: '42' },
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: `Cổng thông tin ${TAG}`, status: 'paused' };
  const hook = await webhooks.createWebhookSubscriptionRaw({ webhookSubscriptionRequest: WebhookSubscriptionRequestFromJSON(hookJson), idempotencyKey: key() });
  const hookId = (await hook.value()).id;
  await expectStatus(304, 'conditional subscription read', () => webhooks.getWebhookSubscription({ id: hookId, ifNoneMatch: etag(hook) }));
  check((await webhooks.listWebhookSubscriptions({ limit: 100 })).items.some(h => h.id === hookId), 'subscription listed');
  const hookReplaced = await webhooks.replaceWebhookSubscriptionRaw({ id: hookId, ifMatch: etag(hook), webhookSubscriptionRequest: WebhookSubscriptionRequestFromJSON({ ...hookJson, description: 'Sửa' }) });
  const hookPatched = await webhooks.patchWebhookSubscriptionRaw({ id: hookId, ifMatch: etag(hookReplaced), requestBody: { collections: ['models'] } });
  check((await hookPatched.value()).collections.size === 1, 'subscription patched');
  check((await webhooks.getWebhookSubscriptionHistory({ id: hookId })).items.length === 3, 'subscription history');
  check((await webhooks.listWebhookDeliveries({ id: hookId, limit: 10 })).items.length === 0, 'a paused subscription has no deliveries');
  await webhooks.deleteWebhookSubscription({ id: hookId, ifMatch: etag(hookPatched) });

  // Statistics as JSON (era, and its deprecated name structure) and as CSV.
  check((await statistics.getSafetyStatistics({ unit: 'legacy:38', year: 2018, era: 'legacy' })).rows.length > 0, 'safety statistics');
  check((await statistics.getModelStatistics({ unit: 'legacy:38', year: 2023, era: 'legacy' })).era === 'legacy', 'model statistics');
  check((await statistics.getAwardStatistics({ unit: 'legacy:38', year: 2023, structure: 'legacy' })).era === 'legacy', 'award statistics');
  check(Array.isArray((await statistics.getFestivalStatistics({ unit: '2025:42', year: 2026 })).rows), 'festival statistics');
  check(Array.isArray((await statistics.getIndicatorStatistics({ unit: 'legacy:395', year: 2015, era: 'legacy' })).rows), 'indicator statistics');
  for (const csv of [statistics.getSafetyStatisticsCsv({ unit: 'legacy:38', year: 2018, era: 'legacy' }),
    statistics.getModelsStatisticsCsv({ unit: 'legacy:38', year: 2023, era: 'legacy' }),
    statistics.getAwardsStatisticsCsv({ unit: 'legacy:38', year: 2023, era: 'legacy' }),
    statistics.getFestivalsStatisticsCsv({ unit: '2025:42', year: 2026 })]) {
    check((await (await csv).text()).startsWith('statistic,'), 'statistics as CSV');
  }
  check((await (await statistics.getIndicatorsStatisticsCsv({ unit: 'legacy:395', year: 2015, era: 'legacy' })).text()).startsWith('structure,'), 'indicator statistics as CSV');

  // Organization successions: a merger of two provincial police, its lineage both ways, read (304), listed, replaced,
  // patched, its history, deleted (which lifts the end it gave).
  const provincialPolice = async (name: string, code: string) => (await organizations.createOrganization({ organizationRequest: OrganizationRequestFromJSON({
    name: `${name} ${TAG}`, type: 'police', level: 'province', adminUnit: { era: 'legacy', code } }) })).id;
  const hoaBinh = await provincialPolice('Công an tỉnh Hòa Bình', '17');
  const phuTho = await provincialPolice('Công an tỉnh Phú Thọ', '25');
  const successionJson = { kind: 'merged', effectiveOn: '2025-07-01', predecessorIds: [hoaBinh],
    successors: [{ organizationId: phuTho, receives: 'Chức năng, nhiệm vụ' }], legalBasis: `Nghị quyết số 202/2025/QH15 ${TAG}` };
  const succession = await organizations.createOrganizationSuccessionRaw({ organizationSuccessionRequest: OrganizationSuccessionRequestFromJSON(successionJson), idempotencyKey: key() });
  const successionCreated = await succession.value();
  const successionId = successionCreated.id;
  check(successionCreated.predecessors[0].organizationId === hoaBinh && successionCreated.successors[0].organizationId === phuTho, 'succession names both sides');
  await expectStatus(304, 'conditional succession read', () => organizations.getOrganizationSuccession({ id: successionId, ifNoneMatch: etag(succession) }));
  check((await organizations.listOrganizationSuccessions({ organizationId: hoaBinh, kind: 'merged', limit: 10 })).items.map(s => s.id).join() === successionId,
    'succession listed by its predecessor');
  const lineage = await organizations.getOrganizationLineage({ id: hoaBinh });
  check(lineage.successors.some(s => s.organizationId === phuTho) && lineage.events.some(e => e.id === successionId), 'the lineage runs to the successor');
  const successionReplaced = await organizations.replaceOrganizationSuccessionRaw({ id: successionId, ifMatch: etag(succession),
    organizationSuccessionRequest: OrganizationSuccessionRequestFromJSON({ ...successionJson, note: 'Ghi chú' }) });
  const successionPatched = await organizations.patchOrganizationSuccessionRaw({ id: successionId, ifMatch: etag(successionReplaced),
    requestBody: { legalBasis: `Nghị quyết số 202/2025/QH15 ngày 12/6/2025 ${TAG}` } });
  check((await successionPatched.value()).note === 'Ghi chú', 'succession patch keeps the note');
  check((await organizations.getOrganizationSuccessionHistory({ id: successionId })).items.length === 3, 'succession history');
  await organizations.deleteOrganizationSuccession({ id: successionId, ifMatch: etag(successionPatched) });
  await expectStatus(404, 'a deleted succession', () => organizations.getOrganizationSuccession({ id: successionId }));

  // Documents: created, read (304), listed, replaced, patched, a PDF added, listed, downloaded and removed, cited by a
  // program, its history and the change feed, deleted.
  const documents = new DocumentsApi(config);
  const documentJson = { number: `${TAG}/QĐ-UBND`, kind: 'decision', issuedOn: '2023-05-10', issuerIds: [],
    issuerName: 'Ủy ban nhân dân huyện Thọ Xuân', signer: { name: 'Lê Văn Thuận', title: 'Phó Chủ tịch' },
    summary: `Về việc khen thưởng thành tích trong phong trào Toàn dân bảo vệ an ninh Tổ quốc ${TAG}`, level: 'district',
    adminUnit: { era: 'legacy', code: '395' }, access: 'internal' };
  const document = await documents.createDocumentRaw({ documentRequest: DocumentRequestFromJSON(documentJson), idempotencyKey: key() });
  const documentId = (await document.value()).id;
  await expectStatus(304, 'conditional document read', () => documents.getDocument({ id: documentId, ifNoneMatch: etag(document) }));
  check((await documents.listDocuments({ q: `bao ve an ninh to quoc ${TAG}`, limit: 10 })).items.map(d => d.id).join() === documentId, 'document found without accents');
  const documentReplaced = await documents.replaceDocumentRaw({ id: documentId, ifMatch: etag(document),
    documentRequest: DocumentRequestFromJSON({ ...documentJson, signer: { name: 'Lê Văn Thuận', title: 'Chủ tịch' } }) });
  const documentPatched = await documents.patchDocumentRaw({ id: documentId, ifMatch: etag(documentReplaced), requestBody: { access: 'restricted' } });
  const documentNow = await documentPatched.value();
  check(documentNow.access === 'restricted' && documentNow.signer?.title === 'Chủ tịch', 'document patch keeps the signer');
  const pdf = new TextEncoder().encode(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${TAG}\ntrailer<<>>\n%%EOF\n`);
  const added = await documents.addDocumentFileRaw({ id: documentId, contentDisposition: `attachment; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf`,
    ifMatch: etag(documentPatched), idempotencyKey: key(), body: new Blob([pdf], { type: 'application/pdf' }) });
  const file = await added.value();
  check(added.raw.status === 201 && file.mediaType === 'application/pdf' && file.size === pdf.length && file.filename === 'Quyết định.pdf', 'a PDF added');
  check((await documents.listDocumentFiles({ id: documentId })).items.some(f => f.id === file.id), 'the file listed');
  const downloaded = new Uint8Array(await (await documents.getDocumentFileContent({ id: documentId, fileId: file.id })).arrayBuffer());
  check(downloaded.length === pdf.length && downloaded.every((b, i) => b === pdf[i]), 'the file downloads byte for byte');
  const withFile = await documents.getDocumentRaw({ id: documentId });
  await documents.removeDocumentFile({ id: documentId, fileId: file.id, ifMatch: etag(withFile) });
  check((await documents.listDocumentFiles({ id: documentId })).items.length === 0, 'the file removed');
  const citing = await programs.getProgramRaw({ id: programId });
  const cited = await programs.patchProgramRaw({ id: programId, ifMatch: etag(citing), requestBody: { documentIds: [documentId] } });
  const citations = await documents.listDocumentCitations({ id: documentId });
  check(citations.items.length === 1 && citations.items[0].collection === 'programs' && citations.items[0].id === programId, 'the program cites the document');
  await programs.patchProgram({ id: programId, ifMatch: etag(cited), requestBody: { documentIds: [] } });
  check((await documents.getDocumentHistory({ id: documentId })).items.length >= 4, 'document history');
  check((await documents.listDocumentChanges({ limit: 10 })).items.length > 0, 'document changes');
  const documentLast = await documents.getDocumentRaw({ id: documentId });
  await documents.deleteDocument({ id: documentId, ifMatch: etag(documentLast) });
  await expectStatus(404, 'a deleted document', () => documents.getDocument({ id: documentId }));

  // Labels, open data (public), festival activity statistics, and the log of personal data reads (admin only).
  const labels = await new LabelsApi(config).getLabels({ lang: 'vi' });
  check(labels.enums['SubjectKind']['residential_area'] === 'Khu dân cư', 'Vietnamese labels');
  const openData = new OpenDataApi(config);
  const catalogue = await openData.getOpenDataCatalogue();
  const resource = catalogue.resources.find(r => r.name === 'statistics-safety-2022');
  check(resource != null, 'the open-data catalogue lists a year file');
  check((await (await openData.getOpenDataFile({ file: resource!.path.split('/').pop()! })).text()).startsWith(resource!.schema!.fields[0].name), 'an open-data file with its columns');
  check(Array.isArray((await statistics.getFestivalActivityStatistics({ unit: '2025:42', year: 2026 })).rows), 'festival activity statistics');
  check((await (await statistics.getFestivalActivityStatisticsCsv({ unit: '2025:42', year: 2026 })).text()).startsWith('statistic,'), 'festival activity statistics as CSV');
  const personalReads = await new PersonalDataApi(config).listPersonalDataAccess({ recordId: awardId, limit: 10 });
  check(personalReads.items.length > 0 && personalReads.items.every(a => a.recordId === awardId && a.collection === 'awards'),
    'the full reads of the award recipient\'s personal data are logged');

  // Deletes last: what refers to a record goes first; a referred-to organization is a 409.
  await expectStatus(409, 'an organization still referred to', async () => {
    const read = await organizations.getOrganizationRaw({ id: org2 });
    await organizations.deleteOrganization({ id: org2, ifMatch: etag(read) });
  });
  const agreementNow = await agreements.getAgreementRaw({ id: agreementId });
  await agreements.deleteAgreement({ id: agreementId, ifMatch: etag(agreementNow) });
  const programNow = await programs.getProgramRaw({ id: programId });
  await programs.deleteProgram({ id: programId, ifMatch: etag(programNow) });
  const modelNow = await models.getModelRaw({ id: modelId });
  await models.deleteModel({ id: modelId, ifMatch: etag(modelNow) });
  const org3Now = await organizations.getOrganizationRaw({ id: org3 });
  await organizations.deleteOrganization({ id: org3, ifMatch: etag(org3Now) });
  await expectStatus(404, 'a deleted organization', () => organizations.getOrganization({ id: org3 }));
  // The event deleted, the organizations it named are no longer referred to.
  for (const id of [hoaBinh, phuTho]) {
    const read = await organizations.getOrganizationRaw({ id });
    await organizations.deleteOrganization({ id, ifMatch: etag(read) });
  }

  await coverage();
  console.log(`TypeScript client suite: ${checks} checks passed`);
}

/** Every operation of the contract must have been called through the client and answered 2xx or 304. */
async function coverage() {
  const contract = await (await fetch(`${BASE}/q/openapi?format=json`)).json();
  const missing: string[] = [];
  let operations = 0;
  for (const [path, item] of Object.entries<any>(contract.paths)) {
    const template = new RegExp('^' + path.replace(/\{[^}]+}/g, '[^/]+') + '$');
    for (const [method, operation] of Object.entries<any>(item)) {
      if (!operation?.operationId) continue;
      operations++;
      const called = calls.some(([m, p, s]) => m === method.toUpperCase() && template.test(p) && ((s >= 200 && s < 300) || s === 304));
      if (!called) missing.push(operation.operationId);
    }
  }
  if (missing.length > 0) throw new Error('Operations not called through the TypeScript client: ' + missing.sort().join(', '));
  console.log(`TypeScript client suite: all ${operations} operations of the contract called`);
}

main().catch((e) => { console.error(e); process.exit(1); });
