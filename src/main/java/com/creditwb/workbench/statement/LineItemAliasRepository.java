package com.creditwb.workbench.statement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LineItemAliasRepository extends JpaRepository<LineItemAlias, Long> {

    Optional<LineItemAlias> findByNormalisedLabel(String normalisedLabel);
}
