package com.creditwb.workbench.servicequality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

    List<ComplaintAttachment> findByComplaintIdOrderByIdAsc(Long complaintId);
}
