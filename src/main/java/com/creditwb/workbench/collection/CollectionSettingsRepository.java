package com.creditwb.workbench.collection;

import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionSettingsRepository extends JpaRepository<CollectionSettings, Long> {
}
