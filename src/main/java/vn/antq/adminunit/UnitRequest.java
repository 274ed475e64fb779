package vn.antq.adminunit;

import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;

/** A request body that names the administrative unit its record belongs to. */
public interface UnitRequest {
    AdminUnitRef adminUnit();
}
