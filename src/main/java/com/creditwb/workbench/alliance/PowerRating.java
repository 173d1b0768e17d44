package com.creditwb.workbench.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A power base rated 1–5 with the evidence for the rating. */
@Embeddable
public record PowerRating(@Column(nullable = false) int score, @Column(length = 2000) String evidence) {
}
