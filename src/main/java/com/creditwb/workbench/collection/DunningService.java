package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.collection.letter.LetterDocument;
import com.creditwb.workbench.collection.letter.LetterTemplates;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.files.FileStore;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.hold.CollectionHold;
import com.creditwb.workbench.credit.hold.CollectionHoldService;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dunning (催款): ADMIN's levels per risk class; the run that proposes the letters due (customer, level, the undisputed
 * overdue items and their amounts) for review; sending, which fills the level's Word template in the customer's
 * language, keeps the letter, e-mails it to the customer's finance contact when SMTP is configured (else it is
 * downloaded) and, at the final level and as ADMIN chooses, puts the customer on collection hold. A customer's dunning
 * level is the highest of its letters sent whose items are not all settled.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DunningService {

    /** A letter with what is needed to show it: the customer's code and name. */
    public record View(DunningLetter letter, String code, String name) {
    }

    private final DunningLevelRepository levels;
    private final DunningLetterRepository letters;
    private final WorklistService worklist;
    private final OpenItemService items;
    private final DisputeService disputes;
    private final CollectorService collectors;
    private final CustomerService customers;
    private final CollectionHoldService holds;
    private final LetterMail mail;
    private final FileStore files;
    private final UserService users;
    private final CurrentUser currentUser;
    private final MessageSource messageSource;
    private final Messages messages;
    private final Clock clock;

    DunningService(DunningLevelRepository levels, DunningLetterRepository letters, WorklistService worklist, OpenItemService items,
            DisputeService disputes, CollectorService collectors, CustomerService customers, CollectionHoldService holds, LetterMail mail,
            FileStore files, UserService users, CurrentUser currentUser, MessageSource messageSource, Messages messages, Clock clock) {
        this.levels = levels;
        this.letters = letters;
        this.worklist = worklist;
        this.items = items;
        this.disputes = disputes;
        this.collectors = collectors;
        this.customers = customers;
        this.holds = holds;
        this.mail = mail;
        this.files = files;
        this.users = users;
        this.currentUser = currentUser;
        this.messageSource = messageSource;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the user runs dunning and sends letters: those who collect (credit managers and finance). */
    public boolean canDun() {
        return currentUser.hasAnyRole(Role.CREDIT_MANAGER, Role.FINANCE);
    }

    /** The levels of every risk class, by class code in the classes' order. */
    public Map<String, List<Dunning.Level>> levels() {
        Map<String, List<Dunning.Level>> byClass = new LinkedHashMap<>();
        for (RiskClass c : RiskClass.values()) {
            byClass.put(c.name(), new ArrayList<>());
        }
        levels.findAllByOrderByRiskClassAscLevelAsc().forEach(l -> byClass.computeIfAbsent(l.getRiskClass(), k -> new ArrayList<>()).add(l.toLevel()));
        return byClass;
    }

    /** ADMIN replaces a risk class's levels (1..n, each due later than the one before; none: the class is not dunned). */
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public List<Dunning.Level> saveLevels(String riskClass, List<Dunning.Level> newLevels) {
        if (riskClass == null || java.util.Arrays.stream(RiskClass.values()).noneMatch(c -> c.name().equals(riskClass))) {
            throw ValidationException.of("riskClass", messages.get("dunning.error.riskClass"));
        }
        List<Dunning.Level> list = newLevels == null ? List.of() : newLevels;
        if (list.size() > 9) {
            throw ValidationException.of("levels", messages.get("dunning.error.levels"));
        }
        int bad = Dunning.firstInvalid(list);
        if (bad >= 0) {
            throw ValidationException.of("levels[" + bad + "]", messages.get("dunning.error.levels"));
        }
        List<DunningLevel> stored = levels.findByRiskClassOrderByLevelAsc(riskClass);
        for (int i = 0; i < Math.max(stored.size(), list.size()); i++) {
            if (i >= list.size()) {
                levels.delete(stored.get(i));
            } else if (i >= stored.size()) {
                levels.save(new DunningLevel(riskClass, list.get(i)));
            } else {
                stored.get(i).apply(list.get(i));
            }
        }
        levels.flush();
        return list;
    }

    /**
     * The dunning run: settles letters whose items are all paid, then proposes (or brings up to date) the letter due for
     * each customer with overdue items the user may read, and drops proposals no longer due.
     *
     * @return the proposals after the run, highest level first
     */
    @Transactional
    public List<View> run() {
        if (!canDun()) {
            throw new AccessDeniedException(messages.get("dunning.error.role"));
        }
        return propose();
    }

    /** The scheduled run (as the system). */
    @Transactional
    List<View> runAsSystem() {
        return propose();
    }

    private List<View> propose() {
        LocalDate today = LocalDate.now(clock);
        int gap = collectors.settings().dunningGapDays();
        Map<String, List<Dunning.Level>> byClass = levels();
        Map<Long, List<DunningLetter>> sent = new HashMap<>();
        letters.findByStatusOrderByIdAsc(DunningLetter.Status.SENT).forEach(l -> sent.computeIfAbsent(l.getCustomerId(), k -> new ArrayList<>()).add(l));
        Map<Long, DunningLetter> proposed = new HashMap<>();
        letters.findByStatusOrderByIdAsc(DunningLetter.Status.PROPOSED).forEach(l -> proposed.put(l.getCustomerId(), l));
        Set<Long> due = new java.util.HashSet<>();
        for (WorklistService.Row row : worklist.rows(WorklistService.Filter.ALL)) {
            List<Dunning.Level> classLevels = byClass.getOrDefault(row.riskClass() == null ? RiskClass.LOW.name() : row.riskClass(), List.of());
            List<DunningLetter> inForce = sent.getOrDefault(row.customerId(), List.of());
            // first by the worklist's oldest days (disputed items included, so never fewer): most customers stop here
            if (classLevels.isEmpty() || Dunning.due(classLevels, level(inForce), lastSent(inForce), row.oldestDays(), today, gap).isEmpty()
                    && inForce.isEmpty()) {
                continue;
            }
            Chase chase = chase(row.customerId(), inForce, today);
            Optional<Dunning.Level> next = Dunning.due(classLevels, level(chase.inForce()), lastSent(chase.inForce()), chase.oldestDays(), today, gap);
            if (next.isEmpty()) {
                continue;
            }
            due.add(row.customerId());
            boolean last = Dunning.isFinal(classLevels, next.get().level());
            DunningLetter p = proposed.get(row.customerId());
            if (p == null) {
                letters.save(new DunningLetter(row.customerId(), next.get(), last, chase.lines(), chase.currency(), today, currentUser.username()));
            } else {
                p.propose(next.get(), last, chase.lines(), today);
            }
        }
        proposed.forEach((customerId, p) -> {
            if (!due.contains(customerId)) {
                letters.delete(p);
            }
        });
        // letters of customers no longer overdue: settled once none of their items is open
        sent.forEach((customerId, list) -> {
            if (!due.contains(customerId)) {
                chase(customerId, list, today);
            }
        });
        letters.flush();
        return proposals();
    }

    /** What a customer owes that dunning chases: overdue items not disputed; its letters settled once none of their items is open. */
    private record Chase(List<DunningLetter.Line> lines, String currency, long oldestDays, List<DunningLetter> inForce) {
    }

    private Chase chase(Long customerId, List<DunningLetter> sentLetters, LocalDate today) {
        List<OpenItemService.Item> open = items.openItems(customerId);
        Set<String> openNumbers = new java.util.HashSet<>();
        open.forEach(i -> openNumbers.add(i.invoiceNo()));
        List<DunningLetter> inForce = new ArrayList<>();
        for (DunningLetter l : sentLetters) {
            if (l.getItems().stream().noneMatch(openNumbers::contains)) {
                l.close(DunningLetter.Status.SETTLED);
            } else {
                inForce.add(l);
            }
        }
        Set<String> disputed = disputes.disputedItems(customerId);
        List<OpenItemService.Item> overdue = open.stream().filter(i -> i.daysOverdue() > 0 && !disputed.contains(i.invoiceNo())).toList();
        String currency = overdue.isEmpty() ? "CNY" : overdue.get(0).currency();
        List<DunningLetter.Line> lines = overdue.stream().filter(i -> i.currency().equals(currency))
                .map(i -> new DunningLetter.Line(i.invoiceNo(), i.invoiceDate(), i.dueDate(), i.balance(), (int) Math.min(Integer.MAX_VALUE, i.daysOverdue())))
                .toList();
        long oldest = lines.stream().mapToLong(DunningLetter.Line::daysOverdue).max().orElse(0);
        return new Chase(lines, currency, oldest, inForce);
    }

    private static int level(List<DunningLetter> inForce) {
        return inForce.stream().mapToInt(DunningLetter::getLevel).max().orElse(0);
    }

    private static LocalDate lastSent(List<DunningLetter> inForce) {
        return inForce.stream().map(DunningLetter::getSentOn).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The letters proposed and not yet sent, of customers the user may read, highest level first. */
    public List<View> proposals() {
        var readable = customers.readableOnly(com.creditwb.workbench.security.AccessPolicy.Area.CREDIT);
        Map<Long, CustomerService.Brief> briefs = customers.briefs();
        return letters.findByStatusOrderByIdAsc(DunningLetter.Status.PROPOSED).stream()
                .filter(l -> readable.map(ids -> ids.contains(l.getCustomerId())).orElse(true))
                .sorted(Comparator.comparingInt(DunningLetter::getLevel).reversed().thenComparing(DunningLetter::getAmount, Comparator.reverseOrder()))
                .map(l -> view(l, briefs.get(l.getCustomerId()))).toList();
    }

    private static View view(DunningLetter l, CustomerService.Brief b) {
        return new View(l, b == null ? null : b.code(), b == null ? null : b.name());
    }

    /** The customer's letters, newest first. */
    public List<DunningLetter> letters(Long customerId) {
        items.checkRead(customerId);
        return letters.findByCustomerIdOrderByProposedOnDescIdDesc(customerId);
    }

    /** The customer's dunning level today (0: none in force). */
    public int levelOf(Long customerId) {
        items.checkRead(customerId);
        return level(letters.findByCustomerIdAndStatusInOrderByIdAsc(customerId, EnumSet.of(DunningLetter.Status.SENT)));
    }

    public View get(Long id) {
        DunningLetter l = letters.findById(id).orElseThrow(() -> new NotFoundException("DunningLetter", id));
        if (!items.canRead(l.getCustomerId())) {
            throw new NotFoundException("DunningLetter", id);
        }
        return new View(l, null, customers.nameOf(l.getCustomerId()));
    }

    /**
     * Sends a proposed letter: fills and keeps the document, e-mails it to the customer's finance contact when SMTP is
     * configured and the contact has an address (else it is to be downloaded), raises the customer's level and, at the
     * final level as ADMIN chooses, places a collection hold.
     */
    @Transactional
    public DunningLetter send(Long id) {
        DunningLetter l = proposedLetter(id);
        LocalDate today = LocalDate.now(clock);
        Locale locale = customers.correspondenceLocale(l.getCustomerId());
        CustomerRecord c = customers.record(l.getCustomerId());
        Optional<CustomerRecord.ContactRecord> finance = c.contacts().stream()
                .filter(x -> x.role() == ContactRole.FINANCE && x.email() != null && !x.email().isBlank()).findFirst();
        byte[] document = document(l, c, today, locale);
        String key = files.storeInTransaction(document);
        boolean email = finance.isPresent() && mail.configured();
        l.sent(today, currentUser.username(), email ? DunningLetter.Channel.EMAIL : DunningLetter.Channel.DOWNLOAD,
                finance.map(CustomerRecord.ContactRecord::email).orElse(null), locale.toLanguageTag(), key);
        letters.saveAndFlush(l);
        if (email) {
            mail.sendAfterCommit(finance.get().email(), l, c.name(), document, locale);
        }
        if (l.isFinalLevel() && collectors.settings().holdAtFinalLevel()) {
            holds.place(l.getCustomerId(), CollectionHold.Cause.FINAL_LEVEL, null);
        }
        return l;
    }

    /** A letter sent on an earlier day (the demo's history): no document kept, it is filled when downloaded. */
    @Transactional
    DunningLetter recordSent(Long customerId, Dunning.Level level, boolean finalLevel, List<DunningLetter.Line> lines, String currency,
            LocalDate on, String by) {
        DunningLetter l = new DunningLetter(customerId, level, finalLevel, lines, currency, on, by);
        l.sent(on, by, DunningLetter.Channel.DOWNLOAD, null, customers.correspondenceLocale(customerId).toLanguageTag(), null);
        letters.saveAndFlush(l);
        if (finalLevel && collectors.settings().holdAtFinalLevel()) {
            holds.place(customerId, CollectionHold.Cause.FINAL_LEVEL, null);
        }
        return l;
    }

    /** Drops a proposed letter (it was reviewed and not wanted); the next run may propose it again. */
    @Transactional
    public void discard(Long id) {
        DunningLetter l = proposedLetter(id);
        l.close(DunningLetter.Status.DISCARDED);
        letters.saveAndFlush(l);
    }

    private DunningLetter proposedLetter(Long id) {
        DunningLetter l = get(id).letter();
        if (!canDun()) {
            throw new AccessDeniedException(messages.get("dunning.error.role"));
        }
        if (l.getStatus() != DunningLetter.Status.PROPOSED) {
            throw ValidationException.of("status", messages.get("dunning.error.notProposed"));
        }
        return l;
    }

    /** The letter's Word document: as sent, or (a proposal) as it would be sent today. */
    public byte[] document(Long id) {
        DunningLetter l = get(id).letter();
        if (l.getFileKey() != null) {
            try (InputStream in = files.open(l.getFileKey())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document(l, customers.record(l.getCustomerId()), l.getSentOn() != null ? l.getSentOn() : LocalDate.now(clock),
                customers.correspondenceLocale(l.getCustomerId()));
    }

    private byte[] document(DunningLetter l, CustomerRecord c, LocalDate on, Locale locale) {
        String contact = c.contacts().stream().filter(x -> x.role() == ContactRole.FINANCE).findFirst()
                .or(() -> c.contacts().stream().findFirst()).map(CustomerRecord.ContactRecord::name).orElse("");
        List<LetterDocument.Item> lines = l.getLines().stream()
                .map(x -> new LetterDocument.Item(x.invoiceNo(), x.invoiceDate(), x.dueOn(), x.daysOverdue(), x.balance())).toList();
        long oldest = l.getLines().stream().mapToLong(DunningLetter.Line::daysOverdue).max().orElse(0);
        String sender = l.getSentBy() != null ? l.getSentBy() : currentUser.username();
        var letter = new LetterDocument.Letter(c.name(), c.code(), contact, on, "DL-" + l.getId(), users.displayName(sender),
                l.getCurrency(), oldest, l.getLevel(), lines, locale);
        byte[] template = LetterTemplates.template(l.getTemplate(), locale, messageSource);
        try {
            return LetterDocument.fill(template, letter);
        } catch (IllegalArgumentException unreadable) {
            // a restyled copy Word cannot read: the standard letter rather than none
            return LetterDocument.fill(LetterTemplates.standard(l.getTemplate(), locale, messageSource), letter);
        }
    }
}
