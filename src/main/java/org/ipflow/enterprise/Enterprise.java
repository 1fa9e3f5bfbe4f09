package org.ipflow.enterprise;

/**
 * A registered enterprise as other modules see it.
 *
 * @param region the GB/T 2260 code of its league or city, see {@link org.ipflow.shared.Region}
 */
public record Enterprise(long id, String name, String creditCode, String region, String contactName,
        String contactPhone, String email) {
}
