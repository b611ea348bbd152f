package dev.driverkit.processor.validation;

import dev.driverkit.processor.model.DriverModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two drivers of one round whose spec codecs would have the same name (DK037): a nested driver
 * {@code Outer.Csv} and a top-level {@code Outer_Csv} in one package both need {@code Outer_Csv_SpecCodec}.
 * Every driver of a clash gets the error, naming the others. A codec generated in an earlier round is a
 * class by then, which {@link CodecNameRule} finds.
 */
public final class DuplicateCodecNames {
    /** Reports clashes among the drivers; returns the drivers involved (nothing is generated for them). */
    public Set<DriverModel> claim(List<DriverModel> drivers, RuleContext context) {
        Map<String, List<DriverModel>> byCodec = new LinkedHashMap<>();
        for (DriverModel driver : drivers) {
            byCodec.computeIfAbsent(CodecNameRule.codecName(driver.type(), context.elements()), c -> new ArrayList<>())
                    .add(driver);
        }
        Set<DriverModel> clashing = new HashSet<>();
        for (List<DriverModel> owners : byCodec.values()) {
            if (owners.size() < 2) {
                continue;
            }
            for (DriverModel driver : owners) {
                List<String> others = owners.stream().filter(o -> o != driver)
                        .map(o -> o.type().getQualifiedName().toString()).toList();
                String because = others.size() == 1 ? "driver " + others.get(0) + " needs it too"
                        : "drivers " + DuplicateKinds.and(others) + " need it too";
                CodecNameRule.report(driver, context, because, DuplicateKinds.and(others));
                clashing.add(driver);
            }
        }
        return clashing;
    }
}
