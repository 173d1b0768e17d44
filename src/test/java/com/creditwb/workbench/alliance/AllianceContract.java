package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.HealthIndex;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskStatus;
import com.creditwb.workbench.alliance.domain.RiskType;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Alliances that must hold on every database: run by {@link AllianceH2Test} and {@link AlliancePostgresTest}. */
abstract class AllianceContract {

    static final String AM = "ACCOUNT_MANAGER";

    @Autowired
    AllianceService alliances;
    @Autowired
    com.creditwb.workbench.alliance.AlliancePartnerService partnerService;
    @Autowired
    com.creditwb.workbench.alliance.AllianceOptionService optionService;
    @Autowired
    com.creditwb.workbench.alliance.AllianceAgreementService agreementService;
    @Autowired
    com.creditwb.workbench.alliance.AllianceHealthService health;
    @Autowired
    CustomerService customers;

    Customer customer(String owner) {
        Customer c = TestCustomers.fresh("AL", "联盟伙伴有限公司");
        c.setOwner(owner);
        return SystemAuthentication.call(() -> customers.create(c));
    }

    Alliance created(String name) {
        return as("account1", AM, () -> alliances.create(AllianceForm.named(name, "共同开发华南市场")));
    }

    static Map<Principle, Integer> all(int s) {
        Map<Principle, Integer> m = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            m.put(p, s);
        }
        return m;
    }

    @Test
    void an_account_manager_creates_and_owns_an_alliance_seeded_with_the_four_typical_risks() {
        Alliance a = created("华南渠道联盟");
        Alliance read = as("account1", AM, () -> alliances.get(a.getId()));
        assertThat(read.getOwner()).isEqualTo("account1");
        assertThat(read.getStage()).isEqualTo(AllianceStage.STRATEGY);
        assertThat(read.getRisks()).extracting(AllianceRisk::getType).containsExactly(RiskType.UNSUITABLE_PARTNER,
                RiskType.CULTURAL_FRICTION, RiskType.SHORT_TERM_GOALS, RiskType.UNEQUAL_POSITIONS);
        assertThat(read.getRisks()).allMatch(r -> r.getSeverity() == null && r.isOpen());
        assertThatThrownBy(() -> as("credit1", "CREDIT_MANAGER", () -> alliances.create(AllianceForm.named("x", "y"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("account1", AM, () -> alliances.create(AllianceForm.named(" ", "y"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void who_reads_and_edits_owner_team_credit_managers_admin_and_not_finance_or_other_account_managers() {
        Alliance a = created("权限联盟");
        assertThat(as("credit1", "CREDIT_MANAGER", () -> alliances.get(a.getId()))).isNotNull();
        assertThat(as("admin", "ADMIN", () -> alliances.list())).extracting(Alliance::getId).contains(a.getId());
        assertThatThrownBy(() -> as("account2", AM, () -> alliances.get(a.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> alliances.get(a.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> alliances.list()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as("account2", AM, () -> alliances.list())).extracting(Alliance::getId).doesNotContain(a.getId());
        // a credit manager reads but does not edit
        Alliance read = as("credit1", "CREDIT_MANAGER", () -> alliances.get(a.getId()));
        assertThatThrownBy(() -> as("credit1", "CREDIT_MANAGER", () -> alliances.update(a.getId(), read.getVersion(), AllianceForm.of(read))))
                .isInstanceOf(AccessDeniedException.class);
        // the owner puts account2 on the team: now account2 reads and edits, but only the owner moves the stage
        Alliance teamed = as("account1", AM, () -> {
            Alliance x = alliances.get(a.getId());
            AllianceForm f = AllianceForm.of(x);
            return alliances.update(a.getId(), x.getVersion(), new AllianceForm(f.name(), f.goal(), Set.of("account2"), f.startDate(),
                    f.plannedEndDate(), f.participantForm(), f.compositionForm(), f.producerDistributor(), f.distributionForm(), f.powerBases(),
                    f.criterionWeights(), f.signedDate(), f.termsScope(), f.termsExclusivity(), f.termsTerritory(), f.termsDuration(),
                    f.termsExit(), f.steeringCommittee(), f.meetingCadence(), f.reviewIntervalMonths(), f.partners()));
        });
        assertThat(teamed.getTeam()).containsExactly("account2");
        assertThat(as("account2", AM, () -> alliances.list())).extracting(Alliance::getId).contains(a.getId());
        Alliance byMember = as("account2", AM, () -> {
            Alliance x = alliances.get(a.getId());
            return alliances.update(a.getId(), x.getVersion(), AllianceForm.of(x).withPartners(List.of(
                    new AllianceForm.Partner(null, "深圳前沿研究院", null, "王经理", null))));
        });
        assertThat(byMember.getPartners()).extracting(AlliancePartner::getName).containsExactly("深圳前沿研究院");
        assertThatThrownBy(() -> as("account2", AM, () -> {
            Alliance x = alliances.get(a.getId());
            return alliances.move(a.getId(), x.getVersion(), AllianceStage.EVALUATE_OPTIONS, null, null);
        })).isInstanceOf(AccessDeniedException.class);
        // the owner and admin see who opened it; a team member does not
        as("account2", AM, () -> alliances.open(a.getId(), ReadChannel.UI));
        assertThat(as("account1", AM, () -> alliances.openings(a.getId()))).anyMatch(o -> o.getReadBy().equals("account2"));
        assertThatThrownBy(() -> as("account2", AM, () -> alliances.openings(a.getId()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_stale_copy_is_refused_and_a_change_to_a_part_makes_the_copy_stale() {
        Alliance a = created("并发联盟");
        Alliance copy = as("account1", AM, () -> alliances.get(a.getId()));
        as("account1", AM, () -> health.saveRisk(a.getId(), null, RiskType.OTHER, "汇率波动", 3, 4, "财务部", "远期结汇", RiskStatus.OPEN, null));
        assertThatThrownBy(() -> as("account1", AM, () -> alliances.update(a.getId(), copy.getVersion(), AllianceForm.of(copy))))
                .isInstanceOf(ConcurrentEditException.class);
        AllianceRisk risk = as("account1", AM, () -> alliances.get(a.getId())).getRisks().stream()
                .filter(r -> "汇率波动".equals(r.getDescription())).findFirst().orElseThrow();
        assertThat(risk.getSeverity()).isEqualTo(12); // 3 × 4
    }

    @Test
    void partners_one_record_each_customers_live_and_equity_shares_summing_to_100() {
        Customer partner = customer("account1");
        Alliance a = created("伙伴联盟");
        Alliance x = as("account1", AM, () -> alliances.get(a.getId()));
        AllianceForm f = AllianceForm.of(x);
        // the same customer twice is refused; a customer's USCC entered as another organisation too
        assertThatThrownBy(() -> as("account1", AM, () -> alliances.update(a.getId(), x.getVersion(), f.withPartners(List.of(
                new AllianceForm.Partner(partner.getId(), null, null, null, null),
                new AllianceForm.Partner(partner.getId(), null, null, null, null)))))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("account1", AM, () -> alliances.update(a.getId(), x.getVersion(), f.withPartners(List.of(
                new AllianceForm.Partner(null, "换个名字", partner.getUscc(), null, null))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors().get(0).field()).isEqualTo("partners[0].uscc"));
        assertThatThrownBy(() -> as("account1", AM, () -> alliances.update(a.getId(), x.getVersion(), f.withPartners(List.of(
                new AllianceForm.Partner(null, "某公司", "91440300MA5XXXXXX0", null, null)))))).isInstanceOf(ValidationException.class);
        AllianceForm equity = new AllianceForm(f.name(), f.goal(), f.team(), null, null, ParticipantForm.COMPLEMENTARY, CompositionForm.EQUITY,
                false, null, Map.of(), Map.of(), null, null, null, null, null, null, null, null, 6, List.of(
                new AllianceForm.Partner(partner.getId(), null, null, null, new BigDecimal("0.7")),
                new AllianceForm.Partner(null, "外部公司", null, null, new BigDecimal("0.4"))));
        // 70 % + 40 % = 110 %: more than can be held
        assertThatThrownBy(() -> as("account1", AM, () -> alliances.update(a.getId(), x.getVersion(), equity)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors().get(0).message()).contains("110"));
        // 70 % + 20 % = 90 % is work in progress: saved (ours comes later), and every other save goes on meanwhile
        Alliance saved = as("account1", AM, () -> alliances.update(a.getId(), x.getVersion(), equity.withPartners(List.of(
                new AllianceForm.Partner(partner.getId(), null, null, null, new BigDecimal("0.7")),
                new AllianceForm.Partner(null, "外部公司", null, null, new BigDecimal("0.2"))))));
        assertThat(StageGates.sharesComplete(saved)).isFalse();
        Alliance renamed = as("account1", AM, () -> alliances.update(a.getId(), saved.getVersion(),
                AllianceForm.of(saved).withPartners(null)));
        assertThat(renamed.getPartners()).hasSize(2);
        // our own 10 % makes 100 %: the design gate's condition holds
        Alliance withOurs = as("account1", AM, () -> partnerService.setShares(a.getId(), renamed.getVersion(), new BigDecimal("0.1"), Map.of()));
        assertThat(withOurs.getOurEquityShare()).isEqualByComparingTo("0.1");
        assertThat(StageGates.sharesComplete(withOurs)).isTrue();
        assertThat(saved.getPartners()).extracting(AlliancePartner::getName).containsExactly(partner.getName(), "外部公司");
        assertThat(saved.getPartners().get(0).getUscc()).isEqualTo(partner.getUscc());
        assertThat(as("account1", AM, () -> alliances.forCustomer(partner.getId()))).extracting(Alliance::getId).containsExactly(a.getId());
        assertThat(as("account2", AM, () -> alliances.forCustomer(partner.getId()))).isEmpty();
        // no credit decision yet: the live figures are empty, not made up
        assertThat(as("account1", AM, () -> partnerService.facts(alliances.get(a.getId()).getPartners().get(0))).rating()).isNull();
    }

    @Test
    void partners_are_added_edited_and_removed_one_at_a_time_and_a_refused_change_followed_by_an_unrelated_save_changes_nothing() {
        Alliance a = created("逐个伙伴联盟");
        Long id = a.getId();
        Alliance one = as("account1", AM, () -> partnerService.addPartner(id, a.getVersion(), new AllianceForm.Partner(null, "甲公司", null, "张", null)));
        Alliance two = as("account1", AM, () -> partnerService.addPartner(id, one.getVersion(), new AllianceForm.Partner(null, "乙公司", null, null, null)));
        Long first = two.getPartners().get(0).getId();
        // edit a partner's contact and share in place: the row (and its id) stays
        Alliance edited = as("account1", AM, () -> partnerService.updatePartner(id, two.getVersion(), first,
                new AllianceForm.Partner(null, "甲公司", null, "李经理", new BigDecimal("0.6"))));
        assertThat(edited.getPartners().get(0).getId()).isEqualTo(first);
        assertThat(edited.getPartners().get(0).getContact()).isEqualTo("李经理");
        assertThat(edited.getPartners().get(0).getEquityShare()).isEqualByComparingTo("0.6");
        // a refused edit (a contact of 301 characters) and a refused remove (a stale copy) change nothing ...
        assertThatThrownBy(() -> as("account1", AM, () -> partnerService.updatePartner(id, edited.getVersion(), first,
                new AllianceForm.Partner(null, "甲公司", null, "x".repeat(301), null)))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("account1", AM, () -> partnerService.removePartner(id, two.getVersion(), first)))
                .isInstanceOf(ConcurrentEditException.class);
        // ... and the next unrelated save (the page sends no partner list) keeps both partners as they were
        Alliance after = as("account1", AM, () -> {
            Alliance x = alliances.get(id);
            AllianceForm f = AllianceForm.of(x);
            return alliances.update(id, x.getVersion(), new AllianceForm("逐个伙伴联盟（改名）", f.goal(), f.team(), f.startDate(),
                    f.plannedEndDate(), f.participantForm(), f.compositionForm(), f.producerDistributor(), f.distributionForm(), f.powerBases(),
                    f.criterionWeights(), f.signedDate(), f.termsScope(), f.termsExclusivity(), f.termsTerritory(), f.termsDuration(),
                    f.termsExit(), f.steeringCommittee(), f.meetingCadence(), f.reviewIntervalMonths(), null));
        });
        assertThat(after.getName()).isEqualTo("逐个伙伴联盟（改名）");
        assertThat(after.getPartners()).extracting(AlliancePartner::getName).containsExactly("甲公司", "乙公司");
        assertThat(after.getPartners().get(0).getContact()).isEqualTo("李经理");
        Alliance removed = as("account1", AM, () -> partnerService.removePartner(id, after.getVersion(), first));
        assertThat(removed.getPartners()).extracting(AlliancePartner::getName).containsExactly("乙公司");
    }

    @Test
    void a_health_review_works_out_both_indices_and_opens_a_risk_for_a_low_principle_once() {
        Alliance a = created("健康联盟");
        Map<Principle, Integer> ours = all(4);
        ours.put(Principle.CULTURE, 2);
        ours.put(Principle.COORDINATION, 1);
        Map<Principle, Integer> theirs = all(3);
        AllianceService.ReviewOutcome first = as("account1", AM, () -> health.review(a.getId(), LocalDate.of(2026, 6, 30), ours, theirs,
                Map.of(Principle.CULTURE, "沟通不足")));
        // ours: (s − 1) = 3, 3, 3, 0, 1, 3 → 13 / 24 × 100 = 54.17; partner's all 3 → 50
        assertThat(first.review().getIndex()).isCloseTo(1300.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.review().getPartnerIndex()).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.gaps().get(Principle.CULTURE)).isEqualTo(-1);
        assertThat(first.openedRisks()).extracting(AllianceRisk::getPrinciple).containsExactly(Principle.COORDINATION, Principle.CULTURE);
        AllianceService.ReviewOutcome second = as("account1", AM, () -> health.review(a.getId(), LocalDate.of(2026, 11, 30), ours, null, null));
        assertThat(second.openedRisks()).as("an open risk for the principle exists already").isEmpty();
        Alliance read = as("account1", AM, () -> alliances.get(a.getId()));
        assertThat(read.getReviews()).hasSize(2);
        assertThat(read.getReviews().get(0).getComments()).containsEntry(Principle.CULTURE, "沟通不足");
        assertThat(read.latestHealth()).isCloseTo(1300.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
        Map<Principle, Integer> bad = all(4);
        bad.put(Principle.CULTURE, 6);
        assertThatThrownBy(() -> as("account1", AM, () -> health.review(a.getId(), LocalDate.of(2026, 11, 1), bad, null, null)))
                .isInstanceOf(ValidationException.class);
        Map<Principle, Integer> missing = all(4);
        missing.remove(Principle.MUTUAL_NEED);
        assertThatThrownBy(() -> as("account1", AM, () -> health.review(a.getId(), LocalDate.of(2026, 11, 1), missing, null, null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void the_stage_moves_through_its_gates_one_step_at_a_time_and_records_who_moved_it() {
        Alliance a = created("阶段联盟");
        Long id = a.getId();
        as("account1", AM, () -> alliances.move(id, alliances.get(id).getVersion(), AllianceStage.EVALUATE_OPTIONS, null, null));
        assertThatThrownBy(() -> as("account1", AM, () -> alliances.move(id, alliances.get(id).getVersion(), AllianceStage.FIND_PARTNERS, null, null)))
                .isInstanceOfSatisfying(GateException.class, e -> assertThat(e.unmet()).extracting(StageGates.Unmet::code)
                        .containsExactly("twoOptions", "optionChosen"));
        Map<Criterion, Integer> s = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            s.put(c, 3);
        }
        AllianceOption o1 = as("account1", AM, () -> optionService.saveOption(id, null, OptionKind.OPTION, "联盟", null, null, s));
        as("account1", AM, () -> optionService.saveOption(id, null, OptionKind.OPTION, "自建", null, null, s));
        as("account1", AM, () -> optionService.choose(id, o1.getId()));
        Alliance moved = as("account1", AM, () -> alliances.move(id, alliances.get(id).getVersion(), AllianceStage.FIND_PARTNERS, null, null));
        assertThat(moved.getStage()).isEqualTo(AllianceStage.FIND_PARTNERS);
        Customer c = customer("account1");
        AllianceOption candidate = as("account1", AM, () -> optionService.saveOption(id, null, OptionKind.CANDIDATE, null, null, c.getId(), s));
        as("account1", AM, () -> optionService.choose(id, candidate.getId()));
        assertThat(as("account1", AM, () -> alliances.get(id)).getPartners()).extracting(AlliancePartner::getCustomerId).containsExactly(c.getId());
        Alliance ended = as("account1", AM, () -> alliances.move(id, alliances.get(id).getVersion(), AllianceStage.ENDED, "方向调整",
                LocalDate.of(2026, 11, 30)));
        assertThat(ended.getMoves()).extracting(StageMove::getTo).containsExactly(AllianceStage.STRATEGY, AllianceStage.EVALUATE_OPTIONS,
                AllianceStage.FIND_PARTNERS, AllianceStage.ENDED);
        assertThat(ended.getMoves()).allMatch(m -> m.getBy().equals("account1"));
        assertThatThrownBy(() -> as("account1", AM, () -> health.saveRisk(id, null, RiskType.OTHER, "x", null, null, null, null, null, null)))
                .as("an ended alliance is read-only").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admin_sets_the_health_weights_and_later_reviews_use_them() {
        Map<Principle, Double> w = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            w.put(p, p == Principle.MUTUAL_NEED ? 0.5 : 0.1);
        }
        assertThatThrownBy(() -> as("account1", AM, () -> health.saveHealthWeights(w))).isInstanceOf(AccessDeniedException.class);
        Map<Principle, Double> wrong = new EnumMap<>(w);
        wrong.put(Principle.CULTURE, 0.3); // sums to 1.2
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> health.saveHealthWeights(wrong))).isInstanceOf(ValidationException.class);
        try {
            as("admin", "ADMIN", () -> health.saveHealthWeights(w));
            Alliance a = created("权重联盟");
            Map<Principle, Integer> ours = new EnumMap<>(Principle.class);
            int[] s = {4, 3, 5, 2, 3, 4};
            for (Principle p : Principle.values()) {
                ours.put(p, s[p.ordinal()]);
            }
            // 100 × (0.5 × 3/4 + 0.1 × (2 + 4 + 1 + 2 + 3) / 4) = 100 × (0.375 + 0.3) = 67.5 (62.5 with equal weights)
            double index = as("account1", AM, () -> health.review(a.getId(), LocalDate.of(2026, 11, 1), ours, null, null)).review().getIndex();
            assertThat(index).isCloseTo(67.5, org.assertj.core.data.Offset.offset(1e-9));
        } finally {
            as("admin", "ADMIN", () -> health.saveHealthWeights(HealthIndex.equalWeights()));
        }
    }
}
