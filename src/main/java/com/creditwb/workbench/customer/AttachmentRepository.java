package com.creditwb.workbench.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @EntityGraph(attributePaths = {"investigation", "investigation.customer"})
    Optional<Attachment> findWithCustomerById(Long id);
}
