package com.creditwb.workbench.negotiation.export;

import com.creditwb.workbench.negotiation.NegotiationWarningService;
import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.negotiation.NegotiationCreditService;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.excel.TemplateFiller;
import com.creditwb.workbench.common.excel.TemplateLabels;
import com.creditwb.workbench.common.excel.TemplateSheets;
import com.creditwb.workbench.common.excel.Templates;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.Strategy;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import com.creditwb.workbench.security.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The negotiation brief (.xlsx) through the restyleable template {@code templates/negotiation.xlsx}: the record and
 * team, the counterpart, the targets, the strategy and venue, the sessions with their offers. Every sheet says it is
 * confidential, who exported it and when — in a row of its own and in the printed page's header and footer, whatever
 * the template. Read through {@link NegotiationService} (404 for anyone but the owner, the team and ADMIN) and logged
 * as an export in the read log.
 */
@Component
public class NegotiationBrief {

    public static final String TEMPLATE = "negotiation.xlsx";

    private final NegotiationService negotiations;

    private final NegotiationSessionService sessionService;

    private final NegotiationCreditService credit;

    private final NegotiationWarningService warningService;
    private final CustomerService customers;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final com.creditwb.workbench.security.UserService users;

    NegotiationBrief(NegotiationService negotiations, NegotiationSessionService sessionService, NegotiationCreditService credit, NegotiationWarningService warningService, CustomerService customers, MessageSource messages, CurrentUser currentUser, Clock clock,
            com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.negotiations = negotiations;
        this.sessionService = sessionService;
        this.credit = credit;
        this.warningService = warningService;
        this.customers = customers;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public static byte[] template() {
        return Templates.restyledOr(TEMPLATE, NegotiationBrief::standardTemplate);
    }

    /** The brief of the negotiation, opened as an export. */
    public byte[] write(Long id, Locale locale) {
        Negotiation n = negotiations.open(id, ReadChannel.EXPORT);
        String marking = text("negotiation.xlsx.confidentialLine", locale, users.displayName(currentUser.username()),
                ZonedDateTime.now(clock).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)));
        return TemplateFiller.fill(template(), model(n, marking, locale), marking);
    }

    /** The file name of a brief. */
    public static String fileName(Negotiation n) {
        return "negotiation-" + n.getId() + ".xlsx";
    }

    Map<String, Object> model(Negotiation n, String marking, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", new TemplateLabels(messages, locale, "negotiation.xlsx."));
        m.put("confidential", marking);
        Map<String, Object> s = new LinkedHashMap<>();
        var counterpart = customers.record(n.getCounterpartId());
        s.put("subject", n.getSubject());
        s.put("counterpart", counterpart.name() + " (" + counterpart.code() + ")");
        s.put("uscc", counterpart.uscc());
        s.put("direction", label(n.getDirection(), locale));
        s.put("status", text(n.getStatus().messageKey(), locale));
        s.put("owner", users.displayName(n.getOwner()));
        s.put("contractValue", n.getContractValue());
        s.put("importance", label(n.getImportance(), locale));
        s.put("difficulty", label(n.getDifficulty(), locale));
        s.put("startDate", n.getStartDate());
        s.put("deadline", n.getDeadline());
        s.put("teamSize", n.participants().size() + " / " + negotiations.suggestedTeamSize(n));
        s.put("acceptableScore", n.acceptableScore());
        s.put("batna", n.getBatnaDescription());
        s.put("batnaValue", n.getBatnaValue());
        s.put("reservationScore", n.getReservationScore());
        CounterpartAnalysis c = n.getCounterpartAnalysis();
        s.put("strength", c.strengthSum());
        CounterpartAnalysis.Authority a = c.authority();
        s.put("authorityName", a == null ? null : a.name());
        s.put("authorityKind", a == null ? null : label(a.kind(), locale));
        s.put("authorityScope", a == null ? null : a.scope());
        s.put("authorityValidUntil", a == null ? null : a.validUntil());
        NegotiationSession.CreditSnapshot credit = this.credit.creditNow(n);
        s.put("creditRating", credit == null ? null : credit.rating());
        s.put("creditLimit", credit == null ? null : credit.limit());
        s.put("creditAvailable", credit == null ? null : credit.available());
        s.put("creditTerms", credit == null ? null : credit.termsDays());
        s.put("creditNextReview", credit == null ? null : credit.nextReview());
        PackageScore.Result outcome = negotiations.outcome(n);
        s.put("outcomeScore", outcome == null ? null : outcome.score());
        s.put("outcomeReason", n.getOutcomeReason());
        s.put("warnings", warningService.warnings(n).stream().map(w -> text(w.messageKey(), locale, w.args().toArray()))
                .collect(Collectors.joining("\n")));
        m.put("n", s);

        List<Map<String, Object>> team = new ArrayList<>();
        Map<String, String> roles = roles(n, locale);
        var expertise = n.getTeam();
        for (String user : n.participants()) {
            String e = expertise.getOrDefault(user, java.util.Set.of()).stream().map(x -> text(x.messageKey(), locale))
                    .collect(Collectors.joining(", "));
            team.add(row("user", users.displayName(user) + (user.equals(n.getOwner()) ? " (" + text("negotiation.field.owner", locale) + ")" : ""),
                    "expertise", e, "roles", roles.getOrDefault(user, "")));
        }
        m.put("team", team);

        List<Map<String, Object>> checks = new ArrayList<>();
        for (CounterpartAnalysis.LegalCheckKind k : CounterpartAnalysis.LegalCheckKind.values()) {
            CounterpartAnalysis.LegalCheck check = c.check(k);
            checks.add(row("check", label(k, locale), "confirmed",
                    text(check.confirmed() ? "common.yes" : "common.no", locale), "note", check.note()));
        }
        m.put("checks", checks);
        List<Map<String, Object>> strength = new ArrayList<>();
        c.strength().forEach((k, v) -> strength.add(row("factor", label(k, locale), "score", v)));
        m.put("strengths", strength);

        List<Map<String, Object>> issues = new ArrayList<>();
        double total = n.getIssues().stream().mapToDouble(i -> i.weight() == null ? 0 : i.weight()).sum();
        for (PlanIssue i : n.getIssues()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", i.name());
            row.put("kind", label(i.kind(), locale));
            row.put("unit", i.unit());
            row.put("better", label(i.better(), locale));
            row.put("weight", total <= 0 || i.weight() == null ? null : new TemplateFiller.Percent(i.weight() / total));
            row.put("optimal", i.optimal());
            row.put("acceptable", i.acceptable());
            row.put("minimum", i.minimum());
            row.put("theirLikely", i.theirLikely());
            var agreed = outcome == null ? null : outcome.perIssue().get(i.name());
            Object value = n.getOutcomeValues().get(i.name());
            row.put("agreed", value instanceof Number x ? x.doubleValue() : null);
            row.put("level", agreed == null ? null : label(agreed.level(), locale));
            issues.add(row);
        }
        m.put("issues", issues);

        Strategy st = n.getStrategy();
        Map<String, Object> strategy = new LinkedHashMap<>();
        strategy.put("theirGoals", st.theirGoals());
        strategy.put("obstacles", st.obstacles());
        strategy.put("theirTerms", st.theirTerms());
        strategy.put("counterMeasures", st.counterMeasures());
        strategy.put("alternatives", st.alternatives());
        strategy.put("priceLow", st.priceLow());
        strategy.put("priceHigh", st.priceHigh());
        Strategy.Venue v = st.venue();
        strategy.put("mainRoom", v == null ? null : v.mainRoom());
        strategy.put("caucusRoom", v == null ? null : v.caucusRoom());
        strategy.put("restRoom", v == null ? null : v.restRoom());
        strategy.put("seating", v == null ? null : label(v.seating(), locale));
        m.put("strategy", strategy);
        m.put("clauses", st.clauses().stream().map(x -> row("clause", x.clause(), "position", x.position(), "fallback", x.fallback(),
                "redLine", x.redLine())).toList());

        List<Map<String, Object>> sessions = new ArrayList<>();
        List<Map<String, Object>> offers = new ArrayList<>();
        int seq = 0;
        for (NegotiationSessionService.ScoredSession ss : sessionService.sessions(n.getId())) {
            NegotiationSession x = ss.session();
            sessions.add(row("date", x.getDate(), "attendees", x.getAttendeesUs(), "attendeesThem", x.getAttendeesThem(), "notes", x.getNotes(),
                    "nextSteps", x.getNextSteps(), "checklist", x.getChecklist().stream()
                            .map(i -> label(i, locale)).collect(Collectors.joining("; "))));
            for (NegotiationSessionService.ScoredOffer o : ss.offers()) {
                seq++;
                offers.add(row("date", x.getDate(), "sequence", seq, "by", label(o.offer().by(), locale),
                        "values", o.offer().values().entrySet().stream().map(e -> e.getKey() + ": " + Formats.decimal(e.getValue(), locale, 2))
                                .collect(Collectors.joining("; ")),
                        "score", o.scored().result().score(), "breaches", String.join(", ", o.scored().result().breaches())));
            }
        }
        m.put("sessions", sessions);
        m.put("offers", offers);
        var concessions = sessionService.concessions(n.getId()).result();
        m.put("concessions", row("ours", concessions.ours(), "theirs", concessions.theirs(), "reciprocity", concessions.reciprocity()));
        return m;
    }

    private Map<String, String> roles(Negotiation n, Locale locale) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (TopicTeam t : n.getTopics()) {
            String topic = label(t.topic(), locale);
            if (t.lead() != null) {
                roles.merge(t.lead(), text("negotiation.role.lead", locale, topic), (x, y) -> x + "; " + y);
            }
            t.support().forEach(u -> roles.merge(u, text("negotiation.role.support", locale, topic), (x, y) -> x + "; " + y));
        }
        return roles;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            row.put((String) kv[i], kv[i + 1]);
        }
        return row;
    }

    private String label(com.creditwb.workbench.common.i18n.Labelled value, Locale locale) {
        return value == null ? null : text(value.messageKey(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Writes the standard template into the folder given (the project's {@code templates/}). */
    public static void main(String[] args) throws IOException {
        Templates.writeStandard(args, java.util.Map.of(TEMPLATE, NegotiationBrief::standardTemplate));
    }

    static byte[] standardTemplate() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TemplateSheets.Styles s = new TemplateSheets.Styles(wb);
            Sheet summary = sheet(wb, s, "sheetSummary", "${t.title}: ${n.subject}", new int[] {30, 60, 30});
            int row = TemplateSheets.pairs(summary, s, 3, List.of(
                    new String[] {"subject", "n.subject"}, new String[] {"counterpart", "n.counterpart"}, new String[] {"uscc", "n.uscc"},
                    new String[] {"direction", "n.direction"}, new String[] {"status", "n.status"}, new String[] {"owner", "n.owner"},
                    new String[] {"contractValue", "n.contractValue", "a"}, new String[] {"importance", "n.importance"},
                    new String[] {"difficulty", "n.difficulty"}, new String[] {"startDate", "n.startDate", "d"},
                    new String[] {"deadline", "n.deadline", "d"}, new String[] {"teamSize", "n.teamSize"},
                    new String[] {"acceptableScore", "n.acceptableScore", "n"}, new String[] {"batna", "n.batna"},
                    new String[] {"batnaValue", "n.batnaValue", "n"}, new String[] {"reservationScore", "n.reservationScore", "n"},
                    new String[] {"outcomeScore", "n.outcomeScore", "n"}, new String[] {"outcomeReason", "n.outcomeReason"},
                    new String[] {"warnings", "n.warnings"}));
            TemplateSheets.table(summary, s, row + 1, "team", List.of(new String[] {"user", "user"}, new String[] {"expertise", "expertise"},
                    new String[] {"roles", "roles"}));

            Sheet counterpart = sheet(wb, s, "sheetCounterpart", "${t.counterpartTitle}: ${n.counterpart}", new int[] {36, 16, 50});
            row = TemplateSheets.table(counterpart, s, 3, "checks", List.of(new String[] {"check", "check"},
                    new String[] {"confirmed", "confirmed"}, new String[] {"note", "note"}));
            row = TemplateSheets.pairs(counterpart, s, row + 1, List.of(new String[] {"authorityName", "n.authorityName"},
                    new String[] {"authorityKind", "n.authorityKind"}, new String[] {"authorityScope", "n.authorityScope"},
                    new String[] {"authorityValidUntil", "n.authorityValidUntil", "d"}, new String[] {"creditRating", "n.creditRating"},
                    new String[] {"creditLimit", "n.creditLimit", "a"}, new String[] {"creditAvailable", "n.creditAvailable", "a"},
                    new String[] {"creditTerms", "n.creditTerms"}, new String[] {"creditNextReview", "n.creditNextReview", "d"},
                    new String[] {"strength", "n.strength"}));
            TemplateSheets.table(counterpart, s, row + 1, "strengths", List.of(new String[] {"factor", "factor"}, new String[] {"score", "score"}));

            Sheet targets = sheet(wb, s, "sheetTargets", "${t.targets}", new int[] {22, 18, 10, 12, 10, 12, 12, 12, 12, 12, 14});
            TemplateSheets.table(targets, s, 3, "issues", List.of(new String[] {"issue", "name"}, new String[] {"kind", "kind"},
                    new String[] {"unit", "unit"}, new String[] {"better", "better"}, new String[] {"weight", "weight", "p"},
                    new String[] {"optimal", "optimal", "n"}, new String[] {"acceptable", "acceptable", "n"},
                    new String[] {"minimum", "minimum", "n"}, new String[] {"theirLikely", "theirLikely", "n"},
                    new String[] {"agreed", "agreed", "n"}, new String[] {"level", "level"}));

            Sheet strategy = sheet(wb, s, "sheetStrategy", "${t.strategy}", new int[] {30, 40, 40, 40});
            row = TemplateSheets.pairs(strategy, s, 3, List.of(new String[] {"theirGoals", "strategy.theirGoals"},
                    new String[] {"obstacles", "strategy.obstacles"}, new String[] {"theirTerms", "strategy.theirTerms"},
                    new String[] {"counterMeasures", "strategy.counterMeasures"}, new String[] {"alternatives", "strategy.alternatives"},
                    new String[] {"priceLow", "strategy.priceLow", "n"}, new String[] {"priceHigh", "strategy.priceHigh", "n"},
                    new String[] {"mainRoom", "strategy.mainRoom"}, new String[] {"caucusRoom", "strategy.caucusRoom"},
                    new String[] {"restRoom", "strategy.restRoom"}, new String[] {"seating", "strategy.seating"}));
            TemplateSheets.table(strategy, s, row + 1, "clauses", List.of(new String[] {"clause", "clause"}, new String[] {"position", "position"},
                    new String[] {"fallback", "fallback"}, new String[] {"redLine", "redLine"}));

            Sheet sessions = sheet(wb, s, "sheetSessions", "${t.sessions}", new int[] {12, 26, 26, 40, 30, 30});
            row = TemplateSheets.table(sessions, s, 3, "sessions", List.of(new String[] {"date", "date", "d"},
                    new String[] {"attendees", "attendees"}, new String[] {"attendeesThem", "attendeesThem"}, new String[] {"notes", "notes"},
                    new String[] {"nextSteps", "nextSteps"}, new String[] {"checklist", "checklist"}));
            row = TemplateSheets.table(sessions, s, row + 1, "offers", List.of(new String[] {"date", "date", "d"},
                    new String[] {"sequence", "sequence"}, new String[] {"by", "by"}, new String[] {"values", "values"},
                    new String[] {"score", "score", "n"}, new String[] {"breaches", "breaches"}));
            TemplateSheets.pairs(sessions, s, row + 1, List.of(new String[] {"concessionsOurs", "concessions.ours", "n"},
                    new String[] {"concessionsTheirs", "concessions.theirs", "n"}, new String[] {"reciprocity", "concessions.reciprocity", "n"}));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet with its title and, in the row below, the confidential marking. */
    private static Sheet sheet(XSSFWorkbook wb, TemplateSheets.Styles s, String nameKey, String title, int[] widths) {
        Sheet sheet = TemplateSheets.sheet(wb, s, nameKey, title, widths);
        var r = sheet.createRow(1);
        r.createCell(0).setCellValue("${confidential}");
        r.getCell(0).setCellStyle(s.label);
        return sheet;
    }
}
