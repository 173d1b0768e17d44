package com.creditwb.workbench.customer.demo;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.Contact;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.CreditFile;
import com.creditwb.workbench.customer.CreditFileService;
import com.creditwb.workbench.customer.CreditInvestigation;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.InvestigationSource;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a deterministic portfolio of Chinese companies (valid USCCs, spread over
 * industries, regions, stages and owners) with contacts, credit files and investigations.
 */
@Component
@Profile("demo")
@Order(10)
public class CustomerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);
    static final long SEED = 20261123L;

    private final CustomerService customers;

    private final com.creditwb.workbench.customer.CustomerSearch search;
    private final CreditFileService creditFiles;
    private final Clock clock;
    private final int count;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    CustomerDemoData(CustomerService customers, com.creditwb.workbench.customer.CustomerSearch search, CreditFileService creditFiles, Clock clock,
            @Value("${workbench.demo.customers:320}") int count, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.customers = customers;
        this.search = search;
        this.creditFiles = creditFiles;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            if (marks.ran(com.creditwb.workbench.common.demo.DemoMarks.CUSTOMERS)) {
                return;
            }
            Random random = new Random(SEED);
            LocalDate today = LocalDate.now(clock);
            for (int i = 1; i <= count; i++) {
                Customer customer = customers.create(customer(i, random));
                marks.made(com.creditwb.workbench.common.demo.DemoMarks.CUSTOMERS, List.of(customer.getId()));
                creditFile(customer, random);
                investigations(customer, random, today);
            }
            log.info("Demo portfolio: {} customers generated", count);
        });
        marks.mark("customers");
    }

    static final String[][] CITIES = {
        {"BEIJING", "北京"}, {"TIANJIN", "天津"}, {"HEBEI", "石家庄"}, {"SHANXI", "太原"}, {"INNER_MONGOLIA", "包头"},
        {"LIAONING", "大连"}, {"JILIN", "长春"}, {"HEILONGJIANG", "哈尔滨"}, {"SHANGHAI", "上海"}, {"JIANGSU", "苏州"},
        {"JIANGSU", "南京"}, {"ZHEJIANG", "杭州"}, {"ZHEJIANG", "宁波"}, {"ANHUI", "合肥"}, {"FUJIAN", "厦门"},
        {"JIANGXI", "南昌"}, {"SHANDONG", "青岛"}, {"SHANDONG", "济南"}, {"HENAN", "郑州"}, {"HUBEI", "武汉"},
        {"HUNAN", "长沙"}, {"GUANGDONG", "深圳"}, {"GUANGDONG", "广州"}, {"GUANGDONG", "东莞"}, {"GUANGXI", "南宁"},
        {"HAINAN", "海口"}, {"CHONGQING", "重庆"}, {"SICHUAN", "成都"}, {"GUIZHOU", "贵阳"}, {"YUNNAN", "昆明"},
        {"SHAANXI", "西安"}, {"GANSU", "兰州"}, {"NINGXIA", "银川"}, {"XINJIANG", "乌鲁木齐"}, {"QINGHAI", "西宁"},
    };
    static final String[] BRANDS = {"华信", "宏达", "永盛", "金源", "恒通", "新天", "瑞丰", "博远", "中联", "鼎盛", "凯利", "海川",
        "天成", "晨光", "明德", "安泰", "华晟", "联创", "众合", "信达", "昌隆", "泰和", "嘉禾", "远航", "启明", "弘毅", "德润",
        "锦程", "朗润", "万通", "长风", "盛世", "同舟", "新锐", "银河", "广源", "东昇", "北辰", "南星", "西岭", "和光", "致远"};
    static final Object[][] INDUSTRIES = {
        {Industry.C, 30, new String[] {"机械制造", "电子科技", "精细化工", "纺织", "食品", "汽车零部件", "新材料", "医疗器械", "家电"}},
        {Industry.F, 20, new String[] {"商贸", "贸易", "物资", "医药销售", "供应链管理"}},
        {Industry.E, 8, new String[] {"建设工程", "建筑安装", "装饰工程"}},
        {Industry.G, 8, new String[] {"物流", "国际货运代理", "仓储"}},
        {Industry.I, 10, new String[] {"软件", "信息技术", "网络科技", "数据服务"}},
        {Industry.D, 3, new String[] {"能源", "燃气", "新能源"}},
        {Industry.A, 3, new String[] {"农业发展", "农牧", "水产"}},
        {Industry.B, 2, new String[] {"矿业", "石材"}},
        {Industry.H, 3, new String[] {"酒店管理", "餐饮管理"}},
        {Industry.K, 3, new String[] {"置业", "房地产开发"}},
        {Industry.L, 4, new String[] {"商务咨询", "租赁"}},
        {Industry.M, 3, new String[] {"检测技术", "工程设计"}},
        {Industry.N, 1, new String[] {"环保科技"}},
        {Industry.Q, 1, new String[] {"医疗管理"}},
        {Industry.R, 1, new String[] {"文化传媒"}},
    };
    static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "秀英", "建华", "志强", "海燕", "晓东", "丽华", "国庆", "文博"};
    static final String[] PINYIN = {"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao"};
    static final String[] TITLES = {"总经理", "采购经理", "财务总监", "技术总监", "供应链总监", "副总经理", "采购专员"};
    static final String[] ROADS = {"人民路", "建设大道", "解放路", "中山路", "科技园路", "工业大道", "滨江路", "长江路", "高新一路", "世纪大道"};
    static final String[] BANKS = {"中国工商银行", "中国建设银行", "中国银行", "中国农业银行", "招商银行", "交通银行", "兴业银行", "浦发银行"};

    /** One generated customer (the i-th of the portfolio); also used by the benchmarks. */
    public static Customer customer(int i, Random r) {
        String[] city = CITIES[r.nextInt(CITIES.length)];
        Region region = Region.valueOf(city[0]);
        Object[] industryRow = pickIndustry(r);
        Industry industry = (Industry) industryRow[0];
        String[] words = (String[]) industryRow[2];
        String name = city[1] + BRANDS[r.nextInt(BRANDS.length)] + words[r.nextInt(words.length)] + FORMS[r.nextInt(FORMS.length)];
        if (i % 7 == 0) {
            name = city[1] + "市" + name.substring(city[1].length());
        }
        Customer c = new Customer();
        c.setCode(String.format("C%05d", i));
        c.setName(name);
        c.setUscc(uscc(region, r));
        c.setIndustry(industry);
        c.setRegion(region);
        if (region == Region.HONG_KONG || region == Region.MACAO) {
            // the demo writes to its Hong Kong and Macao customers in English
            c.setLanguage(com.creditwb.workbench.customer.domain.CorrespondenceLanguage.EN);
        }
        CompanySize size = pickSize(r);
        c.setSize(size);
        c.setFoundedOn(LocalDate.of(1988 + r.nextInt(36), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        c.setRegisteredCapital(capital(size, r));
        c.setLegalRepresentative(person(r));
        c.setAddress(city[1] + "市" + ROADS[r.nextInt(ROADS.length)] + (1 + r.nextInt(999)) + "号");
        c.setCustomerType(r.nextInt(100) < 65 ? CustomerType.FINAL : CustomerType.INTERMEDIATE);
        LifecycleStage stage = pickStage(r);
        c.setLifecycleStage(stage);
        c.setRelationshipLevel(level(stage, r));
        c.setOwner(i % 2 == 0 ? "account2" : "account1");
        int contacts = 1 + r.nextInt(3);
        for (int k = 0; k < contacts; k++) {
            int s = r.nextInt(SURNAMES.length);
            String person = SURNAMES[s] + GIVEN[r.nextInt(GIVEN.length)];
            ContactRole role = k == 0 ? ContactRole.DECISION_MAKER : ContactRole.values()[1 + r.nextInt(ContactRole.values().length - 1)];
            c.addContact(new Contact(person, TITLES[r.nextInt(TITLES.length)], "13" + (100000000 + r.nextInt(899999999)),
                    PINYIN[s] + (k + 1) + "@" + c.getCode().toLowerCase(java.util.Locale.ROOT) + ".example.com", role));
        }
        return c;
    }

    private static Object[] pickIndustry(Random r) {
        int total = 0;
        for (Object[] row : INDUSTRIES) {
            total += (Integer) row[1];
        }
        int x = r.nextInt(total);
        for (Object[] row : INDUSTRIES) {
            x -= (Integer) row[1];
            if (x < 0) {
                return row;
            }
        }
        return INDUSTRIES[0];
    }

    static String uscc(Region region, Random r) {
        String division = region.divisionCode().substring(0, 2) + String.format("%02d", 1 + r.nextInt(20)) + String.format("%02d", r.nextInt(10));
        StringBuilder org = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            org.append(k < 2 && r.nextInt(4) == 0 ? "MA".charAt(k) : (char) ('0' + r.nextInt(10)));
        }
        return UnifiedSocialCreditCode.compose('9', '1', division, org.toString());
    }

    private static CompanySize pickSize(Random r) {
        int x = r.nextInt(100);
        return x < 10 ? CompanySize.MICRO : x < 40 ? CompanySize.SMALL : x < 80 ? CompanySize.MEDIUM : CompanySize.LARGE;
    }

    private static BigDecimal capital(CompanySize size, Random r) {
        long tenThousands = switch (size) {
            case MICRO -> 50 + r.nextInt(250);
            case SMALL -> 300 + r.nextInt(1700);
            case MEDIUM -> 2000 + r.nextInt(18000);
            case LARGE -> 20000 + r.nextInt(480000);
        };
        return BigDecimal.valueOf(tenThousands * 10000L).setScale(2);
    }

    private static LifecycleStage pickStage(Random r) {
        int x = r.nextInt(100);
        return x < 15 ? LifecycleStage.EXPLORATION : x < 40 ? LifecycleStage.FORMATION : x < 85 ? LifecycleStage.STABILITY : LifecycleStage.DECLINE;
    }

    private static RelationshipLevel level(LifecycleStage stage, Random r) {
        RelationshipLevel[] all = RelationshipLevel.values();
        return switch (stage) {
            case EXPLORATION -> all[r.nextInt(2)];
            case FORMATION -> all[1 + r.nextInt(2)];
            case STABILITY -> all[2 + r.nextInt(3)];
            case DECLINE -> all[r.nextInt(3)];
        };
    }

    private static String person(Random r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    private void creditFile(Customer customer, Random r) {
        if (r.nextInt(100) >= 85) {
            return;
        }
        CreditFile file = creditFiles.creditFile(customer.getId());
        String bank = BANKS[r.nextInt(BANKS.length)];
        int line = 500 * (1 + r.nextInt(40));
        file.setBankRelations("基本户：" + bank + "；授信额度 " + line + " 万元，已使用约 " + (20 + r.nextInt(70)) + "%。");
        int onTime = 70 + r.nextInt(31);
        file.setPaymentRecord("近 12 个月按期付款率 " + onTime + "%，最长逾期 " + (onTime > 95 ? r.nextInt(5) : 5 + r.nextInt(80)) + " 天。");
        file.setCreditElsewhere("其他供应商授信合计约 " + (100 + r.nextInt(3000)) + " 万元，账期 " + (30 + 15 * r.nextInt(5)) + " 天。");
        file.setGuarantees(r.nextBoolean() ? "母公司提供连带责任保证。" : "无担保。");
        if (r.nextInt(3) == 0) {
            file.setOtherInformation("行业协会反馈：经营稳定，无重大诉讼记录。");
        }
        creditFiles.save(file);
    }

    private void investigations(Customer customer, Random r, LocalDate today) {
        int n = r.nextInt(3);
        for (int k = 0; k < n; k++) {
            CreditInvestigation inv = creditFiles.newInvestigation(customer.getId());
            InvestigationSource source = InvestigationSource.values()[r.nextInt(InvestigationSource.values().length)];
            inv.setSource(source);
            inv.setInvestigatedOn(today.minusDays(30 + r.nextInt(1000)));
            inv.setFindings(switch (source) {
                case BANK -> "开户行确认账户往来正常，近一年无退票记录。";
                case CREDIT_AGENCY -> "资信调查报告：信用等级 " + List.of("AA", "A", "BBB", "BB").get(r.nextInt(4)) + "，无被执行记录。";
                case CUSTOMER_OR_ASSOCIATION -> "行业协会反馈客户在行业内口碑良好，付款习惯稳定。";
                case INTERNAL -> "销售与财务走访：经营场所与申报一致，库存周转正常。";
                case OTHER -> "公开信息检索：近三年无重大行政处罚。";
            });
            creditFiles.save(inv);
        }
    }
}
