package vn.antq.award;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AreaAccess;
import vn.antq.agreement.AgreementRepository;
import vn.antq.award.AwardDtos.Annulment;
import vn.antq.award.AwardDtos.AnnulmentRequest;
import vn.antq.award.AwardDtos.AwardFilter;
import vn.antq.award.AwardDtos.AwardRequest;
import vn.antq.award.AwardDtos.AwardSummary;
import vn.antq.award.AwardDtos.AwardView;
import vn.antq.award.AwardDtos.Issuer;
import vn.antq.award.AwardDtos.Occasion;
import vn.antq.award.AwardDtos.OccasionRequest;
import vn.antq.award.AwardDtos.RecipientCorrection;
import vn.antq.award.AwardDtos.RecipientRequest;
import vn.antq.award.AwardDtos.RecipientView;
import vn.antq.organization.Organization;
import vn.antq.organization.OrganizationLineage;
import vn.antq.organization.OrganizationRepository;
import vn.antq.organization.OrganizationService;
import vn.antq.privacy.PersonFingerprint;
import vn.antq.privacy.PersonalDataReads;
import vn.antq.privacy.PersonalDataRight;
import vn.antq.privacy.ReducedName;
import vn.antq.program.ProgramService;
import vn.antq.document.DocumentService;
import vn.antq.record.RecordService;
import vn.antq.record.Versioned;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.audit.HistoryEntry;
import vn.antq.shared.audit.HistoryStates;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.RequestValidator;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.ETags;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;
import vn.antq.shared.search.SearchNormalizer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Award decisions. The rules: a decision's number is unique per issuer; a recipient appears once per
 * decision; the commemorative medal goes to a person once (a person is identified by the full name,
 * without case and diacritics, and the date of birth, which the medal therefore requires); an annulled
 * decision is no longer changed. The unit of the issuing organization decides who may write a decision
 * (a central issuer's decisions are an admin's).
 */
@ApplicationScoped
public class AwardService extends RecordService<AwardDecision, AwardRequest, AwardView> {

    public static final String KIND = "award";

    public static final PageRequest.Sorts<AwardSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("signedOn", "e.signedOn", LocalDate.class, AwardSummary::signedOn),
                    new SortKey<>("number", "e.number", String.class, AwardSummary::number),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, AwardSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, AwardSummary::updatedAt)),
            new SortKey<>("signedOn", "e.signedOn", LocalDate.class, AwardSummary::signedOn),
            new SortKey<>("id", "e.id", UUID.class, AwardSummary::id));

    @Inject
    DocumentService documents;

    @Inject
    OrganizationLineage lineage;
    @Inject
    AwardRepository awards;
    @Inject
    OrganizationService organizations;
    @Inject
    OrganizationRepository organizationRecords;
    @Inject
    ProgramService programs;
    @Inject
    AgreementRepository agreements;
    @Inject
    AreaAccess areas;
    @Inject
    SearchNormalizer normalizer;
    @Inject
    RequestValidator requests;
    @Inject
    PersonalDataRight personalData;
    @Inject
    PersonalDataReads reads;
    @Inject
    PersonFingerprint fingerprints;

    public AwardService() {
        super("awards", KIND, AwardDecision::new);
    }

    /**
     * Checks that the given award decisions exist and are live, locking them against deletion until the
     * caller's transaction ends; each missing one is reported under {@code field} with {@code []}
     * replaced by its index.
     */
    public void requireLive(List<UUID> ids, String field, Violations violations) {
        Set<UUID> found = awards.lockLive(ids.stream().filter(Objects::nonNull).toList()).stream()
                .map(a -> a.id).collect(Collectors.toSet());
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !found.contains(ids.get(i))) {
                violations.add(field.replace("[]", "[" + i + "]"), "no award decision with id " + ids.get(i));
            }
        }
    }

    public Page<AwardSummary> list(AwardFilter filter, PageRequest<AwardSummary> page) {
        return awards.page(filter, lineage.organizations(filter.organization()), page);
    }

    /**
     * Annuls the decision by another decision: the award stays readable, flagged, and is no longer
     * changed. 409 when it is annulled already.
     */
    @Transactional
    @Audited
    public Versioned<AwardView> annul(UUID id, Long expectedVersion, AnnulmentRequest request) {
        AwardDecision award = awards.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound(KIND, id));
        areas.requireWrite(unitOf(award));
        if (award.status == AwardStatus.annulled) {
            throw ApiProblem.conflict("Award " + award.number + " was already annulled by decision "
                    + award.annulledByNumber + " of " + award.annulledOn + ".");
        }
        ETags.check(expectedVersion, award.version);
        Violations violations = requests.validate(request);
        if (request != null && request.decidedOn() != null && request.decidedOn().isBefore(award.signedOn)) {
            violations.add("decidedOn", "must not be before the award's signedOn (" + award.signedOn + ")");
        }
        violations.throwIfAny();
        award.status = AwardStatus.annulled;
        award.annulledByNumber = request.decisionNumber().strip();
        award.annulledOn = request.decidedOn();
        award.annulmentReason = request.reason().strip();
        award.touch();
        awards.flush();
        return new Versioned<>(toView(award), award.version);
    }

    /**
     * Erases the personal data of the individual recipient at {@code index}: the recipient becomes a
     * tombstone (fixed name, nothing else) that keeps its place, so the decision's counts are unchanged,
     * and keeps its fingerprint, so the commemorative-medal-once rule still knows the person. Every earlier
     * state of the decision in its history is rewritten to the tombstone, and the history gains an
     * {@code erase} entry (who and when, no data). Allowed on an annulled decision too. 404 when there is
     * no recipient at {@code index}, 409 for a collective or a recipient erased already.
     */
    @Transactional
    @Audited
    public Versioned<AwardView> erase(UUID id, int index, Long expectedVersion) {
        AwardDecision award = lockedForRecipient(id, expectedVersion, "erase");
        AwardRecipient recipient = individualAt(award, index);
        if (recipient.fingerprint == null) {
            recipient.fingerprint = fingerprints.of(recipient.nameKey, recipient.birthDate);
        }
        recipient.erased = true;
        recipient.name = AwardDtos.ERASED_NAME;
        recipient.jobTitle = null;
        recipient.workUnit = null;
        recipient.gender = null;
        recipient.birthDate = null;
        return rewritten(award, index);
    }

    /**
     * Corrects the personal data of the individual recipient at {@code index} (what was recorded wrongly):
     * the recipient takes the given values, and every earlier state of the decision in its history is
     * rewritten to them, so the wrong values are no longer served; the history gains a {@code correct}
     * entry. The decision's rules apply to the corrected person (once per decision; the commemorative medal
     * needs the date of birth and goes to a person once). Allowed on an annulled decision too.
     */
    @Transactional
    @Audited
    public Versioned<AwardView> correct(UUID id, int index, Long expectedVersion, RecipientCorrection request) {
        AwardDecision award = lockedForRecipient(id, expectedVersion, "correct");
        AwardRecipient recipient = individualAt(award, index);
        Violations violations = requests.validate(request);
        boolean medal = award.form == AwardForm.commemorative_medal;
        if (request != null && medal && request.birthDate() == null) {
            violations.add("birthDate", "is required for the commemorative medal: with the full name it identifies the person");
        }
        violations.throwIfAny();
        String name = squeezed(request.name());
        String nameKey = normalizer.normalize(List.of(name)).get(name);
        String fingerprint = fingerprints.of(nameKey, request.birthDate());
        for (int i = 0; i < award.recipients.size(); i++) {
            AwardRecipient other = award.recipients.get(i);
            if (i != index && other.kind == RecipientKind.individual && fingerprint.equals(fingerprintOf(other))) {
                throw ApiProblem.conflict("The corrected person is already recipient " + i + " of award " + award.number + ".");
            }
        }
        if (medal && award.status == AwardStatus.valid) {
            awards.lockMedalHolder(fingerprint);
            awards.earlierMedal(nameKey, request.birthDate(), fingerprint, award.id).ifPresent(earlier -> {
                throw medalConflict(name, request.birthDate(), earlier);
            });
        }
        recipient.name = name;
        recipient.jobTitle = request.position();
        recipient.workUnit = request.workUnit();
        recipient.gender = request.gender();
        recipient.birthDate = request.birthDate();
        recipient.fingerprint = fingerprint;
        return rewritten(award, index);
    }

    private AwardDecision lockedForRecipient(UUID id, Long expectedVersion, String action) {
        AwardDecision award = awards.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound(KIND, id));
        areas.requireWrite(unitOf(award));
        ETags.check(expectedVersion, award.version);
        awards.nameAuditAction(action);
        return award;
    }

    private static AwardRecipient individualAt(AwardDecision award, int index) {
        if (index < 0 || index >= award.recipients.size()) {
            throw new ApiProblem(404, vn.antq.shared.error.ProblemTypes.NOT_FOUND, "Not found", "Award " + award.number
                    + " has " + award.recipients.size() + " recipient(s); there is none at index " + index + ".", null);
        }
        AwardRecipient recipient = award.recipients.get(index);
        if (recipient.kind != RecipientKind.individual) {
            throw ApiProblem.conflict("Recipient " + index + " of award " + award.number
                    + " is a collective: it holds no personal data.");
        }
        if (recipient.erased) {
            throw ApiProblem.conflict("The personal data of recipient " + index + " of award " + award.number
                    + " was erased already.");
        }
        return recipient;
    }

    /** Writes the changed recipient, then has the database rewrite the decision's history to it. */
    private Versioned<AwardView> rewritten(AwardDecision award, int index) {
        award.touch();
        awards.flush();
        awards.rewriteRecipientHistory(award.id, index);
        AwardView view = toView(award);
        noteFullRead(view);
        return new Versioned<>(view, award.version);
    }

    private String fingerprintOf(AwardRecipient recipient) {
        return recipient.fingerprint != null ? recipient.fingerprint : fingerprints.of(recipient.nameKey, recipient.birthDate);
    }

    private static ApiProblem medalConflict(String name, LocalDate birthDate, AwardRepository.EarlierMedal earlier) {
        return ApiProblem.conflict((birthDate == null ? "This person" : name + " (born " + birthDate + ")") + " already received the "
                + "commemorative medal \"Bảo vệ an ninh Tổ quốc\" by decision " + earlier.number() + " of "
                + earlier.signedOn() + " (award " + earlier.id() + "); it is awarded once per person.");
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("issuer", "issuerId");
    }

    @Override
    protected PanacheRepositoryBase<AwardDecision, UUID> repository() {
        return awards;
    }

    /** The issuing organization's unit decides who may write the decision. */
    @Override
    protected AdminUnitKey unitOf(AwardDecision award) {
        return issuerUnit(award.issuerId);
    }

    @Override
    protected AdminUnitKey unitOf(AwardRequest request) {
        return issuerUnit(request.issuerId());
    }

    private AdminUnitKey issuerUnit(UUID issuerId) {
        Organization issuer = issuerId == null ? null : organizationRecords.findById(issuerId);
        return issuer == null ? null : issuer.unit;
    }

    @Override
    protected void validate(AwardRequest request, AwardDecision current, Violations violations) {
        documents.requireLive(request.documentIds(), "documentIds", violations);
        if (current != null && current.status == AwardStatus.annulled) {
            throw ApiProblem.conflict("Award " + current.number + " was annulled by decision " + current.annulledByNumber
                    + " and can no longer be changed.");
        }
        if (request.issuerId() != null) {
            organizations.requireLive(List.of(request.issuerId()), "issuerId", violations);
        }
        checkOccasion(request.occasion(), violations);
        checkRecipients(request, violations);
        checkErasedKept(request, current, violations);
        if (!violations.isEmpty()) {
            return;
        }
        UUID self = current == null ? null : current.id;
        String number = request.number().strip();
        awards.numbered(request.issuerId(), number, self).ifPresent(other -> {
            throw ApiProblem.conflict("The issuer already has a decision numbered " + number + " (award " + other.id + ").");
        });
        if (request.form() == AwardForm.commemorative_medal) {
            checkMedalOnce(request.recipients(), current, self);
        }
    }

    private void checkOccasion(OccasionRequest occasion, Violations violations) {
        if (occasion == null || occasion.kind() == null) {
            return;
        }
        switch (occasion.kind()) {
            case program -> {
                if (occasion.programId() == null) {
                    violations.add("occasion.programId", "is required for the occasion program");
                }
                if (occasion.agreementId() != null) {
                    violations.add("occasion.agreementId", "must be absent for the occasion program");
                }
            }
            case review_conference -> {
                if ((occasion.programId() == null) == (occasion.agreementId() == null)) {
                    violations.add("occasion", "a review conference names either the program or the agreement reviewed");
                }
            }
            case festival, annual_movement -> {
                if (occasion.year() == null) {
                    violations.add("occasion.year", "is required for the occasion " + occasion.kind());
                }
                if (occasion.programId() != null || occasion.agreementId() != null) {
                    violations.add("occasion", "a " + occasion.kind() + " names a year, not a program or agreement");
                }
            }
            case other -> {
            }
        }
        programs.requireLive(occasion.programId(), "occasion.programId", violations);
        if (occasion.agreementId() != null
                && agreements.findByIdOptional(occasion.agreementId(), LockModeType.PESSIMISTIC_READ).isEmpty()) {
            violations.add("occasion.agreementId", "no coordination agreement with id " + occasion.agreementId());
        }
    }

    /** Each recipient is well formed and appears once; the medal goes to identifiable individuals only. */
    private void checkRecipients(AwardRequest request, Violations violations) {
        List<RecipientRequest> recipients = request.recipients();
        if (recipients == null || recipients.stream().anyMatch(Objects::isNull)) {
            return;
        }
        if (recipients.stream().anyMatch(RecipientRequest::keepsErased)) {
            recipients = recipients.stream().map(r -> r.keepsErased() ? null : r).toList();
        }
        boolean medal = request.form() == AwardForm.commemorative_medal;
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> names = normalizer.normalize(recipients.stream().filter(Objects::nonNull).map(r -> squeezed(r.name())).toList());
        List<UUID> organizationIds = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            RecipientRequest r = recipients.get(i);
            String at = "recipients[" + i + "]";
            if (r == null) {
                organizationIds.add(null);
                continue;  // keeps an erased recipient, checked by checkErasedKept
            }
            organizationIds.add(r.organizationId());
            if (r.kind() == RecipientKind.collective) {
                if (r.organizationId() == null && isBlank(r.name())) {
                    violations.add(at + ".name", "is required for a collective that is not an organization of the registry");
                }
                for (var personal : List.of(new Object[]{"position", r.position()}, new Object[]{"workUnit", r.workUnit()},
                        new Object[]{"gender", r.gender()}, new Object[]{"birthDate", r.birthDate()})) {
                    if (personal[1] != null) {
                        violations.add(at + "." + personal[0], "must be absent for a collective");
                    }
                }
                if (medal) {
                    violations.add(at + ".kind", "must be individual: the commemorative medal is awarded to individuals");
                }
            } else if (r.kind() == RecipientKind.individual) {
                if (isBlank(r.name())) {
                    violations.add(at + ".name", "is required for an individual");
                }
                if (r.organizationId() != null) {
                    violations.add(at + ".organizationId", "must be absent for an individual (name the work unit instead)");
                }
                if (medal && r.birthDate() == null) {
                    violations.add(at + ".birthDate",
                            "is required for the commemorative medal: with the full name it identifies the person");
                }
            }
            String identity = identity(r, names);
            if (identity != null) {
                Integer first = seen.putIfAbsent(identity, i);
                if (first != null) {
                    violations.add(at, "is already a recipient of this decision (recipients[" + first + "])");
                }
            }
        }
        organizations.requireLive(organizationIds, "recipients[].organizationId", violations);
    }

    /** Who a recipient is, for the rule that a recipient appears once per decision. */
    private static String identity(RecipientRequest r, Map<String, String> normalizedNames) {
        if (r.kind() == null) {
            return null;
        }
        if (r.kind() == RecipientKind.collective && r.organizationId() != null) {
            return "organization:" + r.organizationId();
        }
        if (isBlank(r.name())) {
            return null;
        }
        return r.kind() + ":" + normalizedNames.get(squeezed(r.name())) + ":" + r.birthDate();
    }

    /**
     * An entry {@code {"kind": "individual", "erased": true}} keeps one of the decision's erased recipients
     * (they are taken in order); a replace keeps every one of them, since an erased person can no longer
     * be named again. A create has none to keep.
     */
    private static void checkErasedKept(AwardRequest request, AwardDecision current, Violations violations) {
        List<RecipientRequest> recipients = request.recipients();
        if (recipients == null) {
            return;
        }
        long stored = current == null ? 0 : current.recipients.stream().filter(r -> r.erased).count();
        long kept = 0;
        for (int i = 0; i < recipients.size(); i++) {
            RecipientRequest r = recipients.get(i);
            if (r == null || !r.keepsErased()) {
                continue;
            }
            kept++;
            if (r.kind() != RecipientKind.individual) {
                violations.add("recipients[" + i + "].kind", "must be individual for an erased recipient");
            } else if (kept > stored) {
                violations.add("recipients[" + i + "].erased", stored == 0
                        ? "must be absent or false: the decision has no erased recipient"
                        : "the decision has " + stored + " erased recipient(s), and this is one more");
            }
        }
        if (kept < stored) {
            violations.add("recipients", "must keep each of the decision's " + stored
                    + " erased recipient(s), as {\"kind\": \"individual\", \"erased\": true}");
        }
    }

    /** 409 naming the earlier decision when a person already holds a valid commemorative medal. */
    private void checkMedalOnce(List<RecipientRequest> recipients, AwardDecision current, UUID self) {
        List<AwardRecipient> erased = current == null ? List.of()
                : current.recipients.stream().filter(r -> r.erased).toList();
        Map<String, String> keys = normalizer.normalize(recipients.stream().filter(r -> !r.keepsErased())
                .map(r -> squeezed(r.name())).toList());
        int kept = 0;
        for (RecipientRequest r : recipients) {
            String name;
            String nameKey;
            String fingerprint;
            if (r.keepsErased()) {
                fingerprint = erased.get(kept++).fingerprint;
                name = null;
                nameKey = null;
            } else {
                name = squeezed(r.name());
                nameKey = keys.get(name);
                fingerprint = fingerprints.of(nameKey, r.birthDate());
            }
            awards.lockMedalHolder(fingerprint);
            awards.earlierMedal(nameKey, r.birthDate(), fingerprint, self).ifPresent(earlier -> {
                throw medalConflict(name, r.birthDate(), earlier);
            });
        }
    }

    /** A name as written, without the spaces that do not tell two people apart. */
    private static String squeezed(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    protected void apply(AwardDecision award, AwardRequest request) {
        award.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
        award.number = request.number().strip();
        award.signedOn = request.signedOn();
        award.issuerId = request.issuerId();
        award.signerTitle = request.signerTitle();
        award.form = request.form();
        award.occasion = request.occasion().kind();
        award.occasionProgramId = request.occasion().programId();
        award.occasionAgreementId = request.occasion().agreementId();
        award.occasionYear = request.occasion().year();
        award.achievement = request.achievement();
        if (award.status == null) {
            award.status = AwardStatus.valid;
        }
        Map<UUID, String> names = organizations.names(request.recipients().stream()
                .map(RecipientRequest::organizationId).filter(Objects::nonNull).toList());
        List<AwardRecipient> recipients = new ArrayList<>();
        java.util.Iterator<AwardRecipient> erased = award.recipients.stream().filter(r -> r.erased).toList().iterator();
        Map<String, String> keys = normalizer.normalize(request.recipients().stream()
                .filter(r -> r.kind() == RecipientKind.individual && !r.keepsErased() && !isBlank(r.name()))
                .map(r -> r.name().strip()).toList());
        for (RecipientRequest r : request.recipients()) {
            if (r.keepsErased()) {
                AwardRecipient kept = erased.next();
                AwardRecipient copy = new AwardRecipient();
                copy.kind = RecipientKind.individual;
                copy.name = kept.name;
                copy.erased = true;
                copy.fingerprint = kept.fingerprint;
                recipients.add(copy);
                continue;
            }
            AwardRecipient recipient = new AwardRecipient();
            recipient.kind = r.kind();
            recipient.organizationId = r.organizationId();
            recipient.name = isBlank(r.name()) ? names.get(r.organizationId()) : r.name().strip();
            recipient.jobTitle = r.position();
            recipient.workUnit = r.workUnit();
            recipient.gender = r.gender();
            recipient.birthDate = r.birthDate();
            if (r.kind() == RecipientKind.individual) {
                recipient.fingerprint = fingerprints.of(keys.get(recipient.name), r.birthDate());
            }
            recipients.add(recipient);
        }
        // New collections are written afresh: simpler and safe when entries swap positions.
        award.recipients = recipients;
    }

    /** The decision with its recipients' personal data in full, for those who may read it, else reduced. */
    @Override
    public Versioned<AwardView> get(UUID id) {
        Versioned<AwardView> view = super.get(id);
        noteFullRead(view.body());
        return view;
    }

    /** The change feed's records: each read in full is logged like a single read. */
    @Override
    public Map<UUID, Versioned<AwardView>> liveViews(java.util.Collection<UUID> ids) {
        Map<UUID, Versioned<AwardView>> views = super.liveViews(ids);
        views.values().forEach(view -> noteFullRead(view.body()));
        return views;
    }

    /**
     * The history: the recipients' personal data of every past state reduced like the record's, unless the
     * caller may read it in the decision's current area (a deleted decision's: admins and the granted only).
     */
    @Override
    public Page<HistoryEntry> shownHistory(UUID id, Page<HistoryEntry> history) {
        AwardDecision live = awards.findById(id);
        boolean personal = history.items().stream().anyMatch(entry -> hasIndividuals(entry.before()) || hasIndividuals(entry.after()));
        if (!personal) {
            return history;
        }
        if (personalData.mayRead(live == null ? null : unitOf(live))) {
            reads.note(collection(), id);
            return history;
        }
        return new Page<>(history.items().stream().map(AwardService::reduced).toList(), history.nextCursor());
    }

    private void noteFullRead(AwardView view) {
        if (view.recipients().stream().anyMatch(r -> r.kind() == RecipientKind.individual && !r.personalDataReduced() && !r.erased())) {
            reads.note(collection(), view.id());
        }
    }

    private static boolean hasIndividuals(Map<String, Object> state) {
        return state != null && state.get("recipients") instanceof List<?> list
                && list.stream().anyMatch(r -> r instanceof Map<?, ?> m && "individual".equals(m.get("kind")));
    }

    private static HistoryEntry reduced(HistoryEntry entry) {
        Map<String, Object> before = reducedState(entry.before());
        Map<String, Object> after = reducedState(entry.after());
        return new HistoryEntry(entry.id(), entry.action(), entry.occurredAt(), entry.actor(), before, after,
                HistoryStates.changes(before, after), entry.operation());
    }

    private static Map<String, Object> reducedState(Map<String, Object> state) {
        if (!hasIndividuals(state)) {
            return state;
        }
        Map<String, Object> reduced = new java.util.LinkedHashMap<>(state);
        reduced.put("recipients", ((List<?>) state.get("recipients")).stream().map(r -> {
            if (!(r instanceof Map<?, ?> m) || !"individual".equals(m.get("kind")) || Boolean.TRUE.equals(m.get("erased"))) {
                return r;
            }
            Map<Object, Object> recipient = new java.util.LinkedHashMap<>(m);
            recipient.remove("birthDate");
            recipient.remove("gender");
            recipient.put("name", ReducedName.of((String) m.get("name")));
            return recipient;
        }).toList());
        return reduced;
    }

    @Override
    protected AwardView toView(AwardDecision a) {
        Map<UUID, String> names = organizations.names(List.of(a.issuerId));
        boolean full = a.recipients.stream().noneMatch(r -> r.kind == RecipientKind.individual)
                || personalData.mayRead(unitOf(a));
        List<RecipientView> recipients = a.recipients.stream()
                .map(r -> r.erased ? RecipientView.erasedOne() : full || r.kind != RecipientKind.individual
                        ? new RecipientView(r.kind, r.organizationId, r.name, r.jobTitle, r.workUnit, r.gender, r.birthDate)
                        : RecipientView.reduced(r.kind, ReducedName.of(r.name), r.jobTitle, r.workUnit))
                .toList();
        Annulment annulment = a.status == AwardStatus.annulled
                ? new Annulment(a.annulledByNumber, a.annulledOn, a.annulmentReason) : null;
        return new AwardView(a.id, a.number, a.signedOn, new Issuer(a.issuerId, names.get(a.issuerId)), a.signerTitle,
                a.form, new Occasion(a.occasion, a.occasionProgramId, a.occasionAgreementId, a.occasionYear),
                a.achievement, a.status, annulment, recipients, List.copyOf(a.documentIds), a.createdAt, a.updatedAt);
    }
}
