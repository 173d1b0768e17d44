package com.creditwb.workbench.keyaccount.api;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.segment.LoyaltySegment;
import com.creditwb.workbench.keyaccount.segment.ProfitabilitySegment;
import com.creditwb.workbench.keyaccount.segment.Pyramid;
import com.creditwb.workbench.keyaccount.segment.RelationshipStrategy;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.keyaccount.value.Identification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Key accounts for other systems: values and segments as JSON, a plan or the portfolio as a workbook. */
@RestController
@Tag(name = "Key accounts")
class KeyAccountApiController {

    /** One account's values and segments (codes; null where the data is short). */
    record KeyAccountDto(Long id, String code, String name, String owner, Integer year, BigDecimal revenue, BigDecimal currentValue,
            Double margin, Double shareOfWallet, Double npv, Double indicatorScore, String potentialMethod, Double potentialScore,
            RelationshipStrategy quadrant, Pyramid.Tier tier, boolean paretoRevenue, boolean paretoProfit, LoyaltySegment loyalty,
            ProfitabilitySegment profitability, RelationshipLevel kotlerLevel, RelationshipLevel currentLevel,
            Identification.Outcome keyAccount) {
    }

    private final KeyAccountService keyAccounts;
    private final KeyAccountExport export;
    private final CustomerService customers;

    KeyAccountApiController(KeyAccountService keyAccounts, KeyAccountExport export, CustomerService customers) {
        this.keyAccounts = keyAccounts;
        this.export = export;
        this.customers = customers;
    }

    @Operation(summary = "Values and segments of the accounts the caller may see, optionally of one segment "
            + "(STRATEGIC, MAIN, TRANSACTION, RISK, PLATINUM, GOLD, IRON, LEAD, LOYAL, LATENT, SPURIOUS, NO_LOYALTY, TRUE_FRIEND, "
            + "BUTTERFLY, BARNACLE, STRANGER, PARETO_REVENUE, PARETO_PROFIT, KEY_ACCOUNT)")
    @GetMapping("/api/key-accounts")
    List<KeyAccountDto> list(@RequestParam(required = false) String segment) {
        return keyAccounts.portfolio(segment).stream().map(KeyAccountApiController::dto).toList();
    }

    @Operation(operationId = "exportKeyAccountPlan", summary = "The customer's key-account plan (the active one, else the newest version) as .xlsx")
    @GetMapping("/api/key-accounts/{idOrCode}/plan.xlsx")
    ResponseEntity<byte[]> plan(@PathVariable String idOrCode, @RequestParam(required = false) String lang, Locale requestLocale) {
        CustomerRecord c = customers.recordByIdOrCode(idOrCode);
        KeyAccountPlan p = export.defaultPlan(c.id());
        if (p == null) {
            throw new NotFoundException("KeyAccountPlan", idOrCode);
        }
        byte[] bytes = export.plan(p.getId(), locale(lang, requestLocale));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(com.creditwb.workbench.common.excel.Xlsx.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + KeyAccountExport.planFileName(c.code(), p.getNumber()) + "\"")
                .body(bytes);
    }

    @Operation(operationId = "exportKeyAccountPortfolio", summary = "The key-account portfolio (or one segment of it) as .xlsx, streamed")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The workbook",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = com.creditwb.workbench.common.excel.Xlsx.MEDIA_TYPE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @GetMapping("/api/key-accounts/export.xlsx")
    ResponseEntity<StreamingResponseBody> portfolio(@RequestParam(required = false) String segment,
            @RequestParam(required = false) String lang, Locale requestLocale) {
        List<KeyAccountService.PortfolioRow> rows = export.portfolioRows(segment);
        Locale locale = locale(lang, requestLocale);
        StreamingResponseBody body = out -> export.writePortfolio(rows, segment, locale, out, null);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(com.creditwb.workbench.common.excel.Xlsx.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"key-account-portfolio.xlsx\"").body(body);
    }

    private static Locale locale(String lang, Locale requestLocale) {
        Locale parsed = Locales.parse(lang);
        return parsed != null ? parsed : Locales.supported(requestLocale);
    }

    static KeyAccountDto dto(KeyAccountService.PortfolioRow r) {
        Segmentation.Value v = r.value();
        return new KeyAccountDto(r.id(), r.code(), r.name(), r.owner(), v.year(), v.revenue(), v.currentValue(), v.margin(),
                v.shareOfWallet(), v.npv(), v.indicatorScore(), v.method().name(), v.potentialScore(), v.quadrant(), v.tier(),
                v.revenueHead(), v.profitHead(), v.loyalty(), v.profitability(), v.kotlerLevel(), v.currentLevel(), r.keyAccount());
    }
}
