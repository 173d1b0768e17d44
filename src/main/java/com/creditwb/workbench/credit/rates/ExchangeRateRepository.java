package com.creditwb.workbench.credit.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeRateRepository extends JpaRepository<ExchangeRate, Long> {

    /** The rate valid on a date: the latest from that date or before. */
    Optional<ExchangeRate> findFirstByCurrencyAndValidFromLessThanEqualOrderByValidFromDesc(String currency, LocalDate date);

    Optional<ExchangeRate> findByCurrencyAndValidFrom(String currency, LocalDate validFrom);

    List<ExchangeRate> findAllByOrderByCurrencyAscValidFromDesc();

    List<ExchangeRate> findByCurrencyIn(java.util.Collection<String> currencies);
}
