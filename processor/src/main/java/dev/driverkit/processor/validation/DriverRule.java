package dev.driverkit.processor.validation;

import dev.driverkit.processor.model.DriverModel;

/** One check of a driver. Each rule reports its own coded diagnostics and never throws for bad code. */
public interface DriverRule {
    void check(DriverModel driver, RuleContext context);
}
