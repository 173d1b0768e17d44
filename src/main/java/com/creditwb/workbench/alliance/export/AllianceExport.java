package com.creditwb.workbench.alliance.export;

import com.creditwb.workbench.alliance.AlliancePartnerService;
import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceReview;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.audit.ReadLogService;
import com.creditwb.workbench.common.excel.TemplateFiller;
import com.creditwb.workbench.common.excel.TemplateLabels;
import com.creditwb.workbench.common.excel.TemplateSheets;
import com.creditwb.workbench.common.excel.Templates;
import com.creditwb.workbench.common.i18n.Labelled;
import com.creditwb.workbench.security.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The alliance dossier written to Excel through the restyleable template {@code templates/alliance.xlsx}
 * (summary, partners and contributions, risks, health reviews), in the exporting user's language. It reads
 * the alliance through {@link AllianceService} (the user's rights) and logs the export in the read log.
 */
@Component
public class AllianceExport {

    public static final String TEMPLATE = "alliance.xlsx";

    private final AllianceService alliances;

    private final com.creditwb.workbench.alliance.AlliancePartnerService partnerService;
    private final MessageSource messages;
    private final ReadLogService readLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final com.creditwb.workbench.security.UserService users;

    AllianceExport(AllianceService alliances, com.creditwb.workbench.alliance.AlliancePartnerService partnerService, MessageSource messages, ReadLogService readLog, CurrentUser currentUser, Clock clock,
            com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.alliances = alliances;
        this.partnerService = partnerService;
        this.messages = messages;
        this.readLog = readLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public static byte[] template() {
        return Templates.restyledOr(TEMPLATE, AllianceExport::standardTemplate);
    }

    public byte[] dossier(Long id, Locale locale) {
        Alliance a = alliances.get(id);
        readLog.opened(Alliance.AUDIT_TYPE, id, ReadChannel.EXPORT);
        return TemplateFiller.fill(template(), model(a, locale));
    }

    Map<String, Object> model(Alliance a, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", new TemplateLabels(messages, locale, "alliance.xlsx."));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", a.getName());
        s.put("goal", a.getGoal());
        s.put("owner", users.displayName(a.getOwner()));
        s.put("team", String.join(", ", a.getTeam().stream().map(users::displayName).toList()));
        s.put("stage", label(a.getStage(), locale));
        s.put("participantForm", label(a.getParticipantForm(), locale));
        s.put("compositionForm", label(a.getCompositionForm(), locale));
        s.put("distributionForm", label(a.getDistributionForm(), locale));
        s.put("startDate", a.getStartDate());
        s.put("plannedEndDate", a.getPlannedEndDate());
        s.put("signedDate", a.getSignedDate());
        s.put("endDate", a.getEndDate());
        s.put("termsScope", a.getTermsScope());
        s.put("termsExclusivity", a.getTermsExclusivity());
        s.put("termsTerritory", a.getTermsTerritory());
        s.put("termsDuration", a.getTermsDuration());
        s.put("termsExit", a.getTermsExit());
        s.put("health", a.latestHealth());
        s.put("nextReview", a.nextReviewDue());
        m.put("alliance", s);
        m.put("exportedAt", LocalDate.now(clock));
        m.put("exportedBy", users.displayName(currentUser.username()));
        List<Map<String, Object>> partners = new ArrayList<>();
        a.getPartners().forEach(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.getName());
            row.put("uscc", p.getUscc());
            row.put("contact", p.getContact());
            row.put("share", p.getEquityShare() == null ? null : new TemplateFiller.Percent(p.getEquityShare().doubleValue()));
            AlliancePartnerService.PartnerFacts f = partnerService.facts(p);
            row.put("rating", f.rating());
            row.put("riskClass", f.riskClass() == null ? null : text("credit.class." + f.riskClass(), locale));
            row.put("limit", f.limit());
            row.put("exposure", f.exposure());
            partners.add(row);
        });
        m.put("partners", partners);
        List<Map<String, Object>> power = new ArrayList<>();
        a.getPowerBases().forEach((base, r) -> power.add(Map.of("base", label(base, locale), "score", r.score(),
                "evidence", r.evidence() == null ? "" : r.evidence())));
        m.put("power", power);
        List<Map<String, Object>> contributions = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        a.getContributions().forEach(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("partner", c.getPartner());
            row.put("kind", label(c.getKind(), locale));
            row.put("description", c.getDescription());
            row.put("amount", c.getAmount());
            row.put("dueDate", c.getDueDate());
            row.put("status", label(c.getStatus(), locale));
            row.put("overdue", c.isOverdue(today) ? text("common.yes", locale) : "");
            contributions.add(row);
        });
        m.put("contributions", contributions);
        List<Map<String, Object>> risks = new ArrayList<>();
        a.getRisks().forEach(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", label(r.getType(), locale));
            row.put("description", r.getDescription());
            row.put("likelihood", r.getLikelihood());
            row.put("impact", r.getImpact());
            row.put("severity", r.getSeverity());
            row.put("owner", r.getOwner());
            row.put("mitigation", r.getMitigation());
            row.put("status", label(r.getStatus(), locale));
            row.put("principle", label(r.getPrinciple(), locale));
            risks.add(row);
        });
        m.put("risks", risks);
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (AllianceReview r : a.getReviews()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", r.getDate());
            row.put("index", r.getIndex());
            row.put("partnerIndex", r.getPartnerIndex());
            for (Principle p : Principle.values()) {
                row.put(p.name(), r.getScores().get(p));
                row.put("partner" + p.name(), r.getPartnerScores().get(p));
            }
            row.put("reviewer", r.getReviewer() == null ? null : users.displayName(r.getReviewer()));
            reviews.add(row);
        }
        m.put("reviews", reviews);
        return m;
    }

    private String label(Labelled value, Locale locale) {
        return value == null ? null : text(value.messageKey(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Writes the standard template into the folder given (the project's {@code templates/}). */
    public static void main(String[] args) throws IOException {
        Templates.writeStandard(args, java.util.Map.of(TEMPLATE, AllianceExport::standardTemplate));
    }

    static byte[] standardTemplate() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TemplateSheets.Styles s = new TemplateSheets.Styles(wb);
            Sheet summary = TemplateSheets.sheet(wb, s, "sheetSummary", "${t.title}: ${alliance.name}", new int[] {28, 70});
            int row = TemplateSheets.pairs(summary, s, 2, List.of(
                    new String[] {"name", "alliance.name"}, new String[] {"goal", "alliance.goal"}, new String[] {"owner", "alliance.owner"},
                    new String[] {"team", "alliance.team"}, new String[] {"stage", "alliance.stage"},
                    new String[] {"participantForm", "alliance.participantForm"}, new String[] {"compositionForm", "alliance.compositionForm"},
                    new String[] {"distributionForm", "alliance.distributionForm"}, new String[] {"startDate", "alliance.startDate", "d"},
                    new String[] {"plannedEndDate", "alliance.plannedEndDate", "d"}, new String[] {"signedDate", "alliance.signedDate", "d"},
                    new String[] {"endDate", "alliance.endDate", "d"}, new String[] {"termsScope", "alliance.termsScope"},
                    new String[] {"termsExclusivity", "alliance.termsExclusivity"}, new String[] {"termsTerritory", "alliance.termsTerritory"},
                    new String[] {"termsDuration", "alliance.termsDuration"}, new String[] {"termsExit", "alliance.termsExit"},
                    new String[] {"health", "alliance.health", "n"}, new String[] {"nextReview", "alliance.nextReview", "d"}));
            TemplateSheets.pairs(summary, s, row + 1, List.<String[]>of(new String[] {"exportedAt", "exportedAt", "d"},
                    new String[] {"exportedBy", "exportedBy"}));

            Sheet partners = TemplateSheets.sheet(wb, s, "sheetPartners", "${t.partners}", new int[] {30, 22, 24, 10, 10, 14, 16, 16});
            row = TemplateSheets.table(partners, s, 2, "partners", List.of(new String[] {"partnerName", "name"},
                    new String[] {"uscc", "uscc"}, new String[] {"contact", "contact"}, new String[] {"share", "share", "p"},
                    new String[] {"rating", "rating"}, new String[] {"riskClass", "riskClass"}, new String[] {"limit", "limit", "a"},
                    new String[] {"exposure", "exposure", "a"}));
            row = TemplateSheets.table(partners, s, row + 1, "power", List.of(new String[] {"powerBase", "base"},
                    new String[] {"score", "score"}, new String[] {"evidence", "evidence"}));
            TemplateSheets.table(partners, s, row + 1, "contributions", List.of(new String[] {"partnerName", "partner"},
                    new String[] {"kind", "kind"}, new String[] {"description", "description"}, new String[] {"amount", "amount", "a"},
                    new String[] {"dueDate", "dueDate", "d"}, new String[] {"status", "status"}, new String[] {"overdue", "overdue"}));

            Sheet risks = TemplateSheets.sheet(wb, s, "sheetRisks", "${t.risks}", new int[] {22, 40, 10, 10, 10, 16, 36, 12, 20});
            TemplateSheets.table(risks, s, 2, "risks", List.of(new String[] {"riskType", "type"}, new String[] {"description", "description"},
                    new String[] {"likelihood", "likelihood"}, new String[] {"impact", "impact"}, new String[] {"severity", "severity"},
                    new String[] {"riskOwner", "owner"}, new String[] {"mitigation", "mitigation"}, new String[] {"status", "status"},
                    new String[] {"principle", "principle"}));

            Sheet reviews = TemplateSheets.sheet(wb, s, "sheetReviews", "${t.reviews}", new int[] {12, 10, 10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 14});
            List<String[]> cols = new ArrayList<>(List.of(new String[] {"reviewDate", "date", "d"}, new String[] {"index", "index", "n"},
                    new String[] {"partnerIndex", "partnerIndex", "n"}));
            for (Principle p : Principle.values()) {
                cols.add(new String[] {"ours" + p.name(), p.name()});
            }
            for (Principle p : Principle.values()) {
                cols.add(new String[] {"theirs" + p.name(), "partner" + p.name()});
            }
            cols.add(new String[] {"reviewer", "reviewer"});
            TemplateSheets.table(reviews, s, 2, "reviews", cols);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
