package com.creditwb.workbench.common.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * AHP on matrices whose answers follow exactly from the method's definition (Saaty, The Analytic
 * Hierarchy Process, 1980: for a consistent matrix a_ij = w_i/w_j the principal eigenvector is w and
 * λmax = n; RI for n = 3 is 0.58), and on two published worked examples:
 * <ul>
 * <li>Saaty, T. L. (1990), "How to make a decision: The analytic hierarchy process", European Journal of
 * Operational Research 48(1), 9–26, Table 2 — the eight criteria for buying a house; published priorities
 * 0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333, λmax = 9.669, C.I. = 0.238, C.R. = 0.169
 * (inconsistent: above 0.10);</li>
 * <li>the "choosing a leader" example of the Wikipedia article "Analytic hierarchy process – leader
 * example" (criteria experience, education, charisma, age); published priorities 0.547, 0.127, 0.270,
 * 0.056 and C.R. 0.044 (consistent).</li>
 * </ul>
 */
class AhpTest {

    @Test
    void a_consistent_matrix_gives_back_its_weights_with_lambda_n_and_cr_zero() {
        double[] w = {0.5, 0.3, 0.2};
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = w[i] / w[j];
            }
        }
        Ahp.Result r = Ahp.weigh(m);
        assertThat(r.weights()).containsExactly(new double[] {0.5, 0.3, 0.2}, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(3.0, within(1e-9));
        assertThat(r.ci()).isCloseTo(0.0, within(1e-9));
        assertThat(r.ri()).isEqualTo(0.58);
        assertThat(r.consistent()).isTrue();
    }

    @Test
    void a_cyclic_matrix_is_inconsistent_and_its_worst_comparison_is_named() {
        // A beats B 9:1, B beats C 9:1, yet C beats A 9:1. By symmetry w = (1/3, 1/3, 1/3), and each
        // row of A·w is (1 + 9 + 1/9)/3, so λmax = 1 + 9 + 1/9 = 10.1111; CI = (10.1111 − 3)/2 = 3.5556;
        // CR = 3.5556 / 0.58 = 6.1303.
        double[][] m = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
        Ahp.Result r = Ahp.weigh(m);
        assertThat(r.weights()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(10.111111, within(1e-5));
        assertThat(r.ci()).isCloseTo(3.555556, within(1e-5));
        assertThat(r.cr()).isCloseTo(6.130268, within(1e-5));
        assertThat(r.consistent()).isFalse();
        assertThat(r.worstRow()).isEqualTo(0);
        assertThat(r.worstColumn()).isEqualTo(1);
    }

    @Test
    void the_upper_triangle_is_enough_and_reciprocals_are_filled_in() {
        double[][] m = Ahp.fromUpper(new double[] {3, 5, 2});
        assertThat(m[1][0]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m[2][0]).isCloseTo(0.2, within(1e-12));
        assertThat(m[2][1]).isCloseTo(0.5, within(1e-12));
        Ahp.Result r = Ahp.weigh(m);
        assertThat(r.weights()[0]).isGreaterThan(r.weights()[1]).isGreaterThan(r.weights()[2]);
        assertThat(r.weights()[0] + r.weights()[1] + r.weights()[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void matrices_that_are_not_square_positive_or_reciprocal_are_refused() {
        assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, 2}, {0.5}}))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("notSquare"));
        assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, -2}, {-0.5, 1}}))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("notPositive"));
        assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, 2}, {0.6, 1}}))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("notReciprocal"));
        assertThat(Ahp.weigh(new double[][] {{1, 3}, {0.3333, 1}}).consistent()).as("1/3 as 0.3333 is within 1 %").isTrue();
        assertThatThrownBy(() -> Ahp.weigh(new double[16][16]))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("order"));
    }

    @Test
    void saaty_1990_house_example_gives_the_published_priorities_and_is_refused_as_inconsistent() {
        double[][] house = {
            {1, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0},
            {1 / 5.0, 1, 1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0},
            {1 / 3.0, 3, 1, 6, 3, 4, 6, 1 / 5.0},
            {1 / 7.0, 1 / 5.0, 1 / 6.0, 1, 1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0},
            {1 / 6.0, 1 / 3.0, 1 / 3.0, 3, 1, 1 / 2.0, 1 / 5.0, 1 / 6.0},
            {1 / 6.0, 1 / 3.0, 1 / 4.0, 4, 2, 1, 1 / 5.0, 1 / 6.0},
            {3, 5, 1 / 6.0, 7, 5, 5, 1, 1 / 2.0},
            {4, 7, 5, 8, 6, 6, 2, 1}};
        Ahp.Result r = Ahp.weigh(house);
        double[] published = {0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333};
        for (int i = 0; i < published.length; i++) {
            assertThat(r.weights()[i]).as("priority %d", i + 1).isCloseTo(published[i], within(0.0005));
        }
        assertThat(r.lambdaMax()).isCloseTo(9.669, within(0.0005));
        assertThat(r.ci()).isCloseTo(0.238, within(0.0005));
        assertThat(r.ri()).isEqualTo(1.41);
        assertThat(r.cr()).isCloseTo(0.169, within(0.0005));
        assertThat(r.consistent()).isFalse();
        // neighbourhood (3) judged 6 times as important as general condition (7) contradicts the weights most
        assertThat(r.worstRow()).isEqualTo(2);
        assertThat(r.worstColumn()).isEqualTo(6);
    }

    @Test
    void the_leader_example_gives_the_published_priorities_and_is_consistent() {
        double[] upper = {4, 3, 7, 1 / 3.0, 3, 5};
        Ahp.Result r = Ahp.weigh(Ahp.fromUpper(upper));
        double[] published = {0.547, 0.127, 0.270, 0.056};
        for (int i = 0; i < published.length; i++) {
            // published to three decimals from an iterated eigenvector (0.5476 is printed as 0.547): ±0.001
            assertThat(r.weights()[i]).as("priority %d", i + 1).isCloseTo(published[i], within(0.001));
        }
        assertThat(r.cr()).isCloseTo(0.044, within(0.0005));
        assertThat(r.consistent()).isTrue();
    }
}
