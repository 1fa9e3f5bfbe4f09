package org.ipflow.enterprise;

import org.ipflow.shared.CreditCode;
import org.ipflow.shared.Region;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises of the demo users {@code enterprise1} and {@code enterprise2}; only in the demo profile.
 * Runs after the demo users exist (order 1) and leaves existing rows alone, so restarts on a file
 * database change nothing.
 */
@Component
@Profile("demo")
@Order(2)
class DemoEnterprises implements ApplicationRunner {

    static final String HOHHOT_CREDIT_CODE = "91150100MA0QCKJ01L";
    static final String BAOTOU_CREDIT_CODE = "91150200MA0BTXC02X";

    private final EnterpriseRepository repository;

    DemoEnterprises(EnterpriseRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seed("enterprise1", "呼和浩特青城科技有限公司", HOHHOT_CREDIT_CODE, Region.HOHHOT, "张青", "0471-6661234");
        seed("enterprise2", "包头稀土新材料有限公司", BAOTOU_CREDIT_CODE, Region.BAOTOU, "李钢", "13904721234");
    }

    private void seed(String username, String name, String creditCode, Region region, String contact, String phone) {
        long id = repository.findByCreditCode(creditCode).map(Enterprise::id)
                .orElseGet(() -> repository.insert(name, new CreditCode(creditCode).value(), region.code(), contact,
                        phone, username + "@example.org"));
        if (!repository.isMember(username)) {
            repository.addMember(username, id);
        }
    }
}
