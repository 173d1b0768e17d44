package com.creditwb.workbench.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    @EntityGraph(attributePaths = "contacts")
    Optional<Customer> findWithContactsById(Long id);

    @EntityGraph(attributePaths = "contacts")
    Optional<Customer> findWithContactsByCode(String code);

    Optional<Customer> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByUscc(String uscc);

    boolean existsByUsccAndIdNot(String uscc, Long id);

    @Query("select c.customerType, count(c) from Customer c group by c.customerType")
    List<Object[]> countByType();

    @Query("select c.lifecycleStage, count(c) from Customer c group by c.lifecycleStage")
    List<Object[]> countByStage();

    @Query("select c.region, count(c) from Customer c group by c.region")
    List<Object[]> countByRegion();

    /** Id, code and USCC of the customers whose code or USCC is among the keys. */
    @org.springframework.data.jpa.repository.Query("select c.id, c.code, c.uscc from Customer c where c.code in :keys or c.uscc in :keys")
    List<Object[]> findKeys(@org.springframework.data.repository.query.Param("keys") java.util.Collection<String> keys);

    @org.springframework.data.jpa.repository.Query("select c.id from Customer c where c.code = :code")
    Optional<Long> findIdByCode(@org.springframework.data.repository.query.Param("code") String code);

    @org.springframework.data.jpa.repository.Query("select c.owner from Customer c where c.id = :id")
    Optional<String> findOwnerById(@org.springframework.data.repository.query.Param("id") Long id);

    @org.springframework.data.jpa.repository.Query("select c.name from Customer c where c.id = :id")
    Optional<String> findNameById(@org.springframework.data.repository.query.Param("id") Long id);

    @org.springframework.data.jpa.repository.Query("select c.id, c.code, c.name, c.owner, c.relationshipLevel from Customer c order by c.code")
    List<Object[]> findDirectory();

    @org.springframework.data.jpa.repository.Query("select c.id from Customer c where c.owner = :owner")
    List<Long> findIdsByOwner(@org.springframework.data.repository.query.Param("owner") String owner);

    /** Id, code, name, owner, region and risk class of every customer (no entities loaded). */
    @Query("select c.id, c.code, c.name, c.owner, c.region, c.creditRiskClass from Customer c")
    List<Object[]> findBriefs();
}
