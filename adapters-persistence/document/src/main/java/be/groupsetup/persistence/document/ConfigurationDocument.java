package be.groupsetup.persistence.document;

/** The configuration as stored: canonical values, one property per field, null when not set. */
public record ConfigurationDocument(String companyName, String city, String postalCode, String street, String iban,
                                    String bic, String firstName, String lastName, String phone,
                                    String subscriptionType, String inami, String groupNumber,
                                    String enterpriseNumber, String singlePointOfContact,
                                    String referenceCareProvider, String mandateType, String mandateNumber,
                                    String ehealthBox, String ehealthBoxType, String ehealthBoxQuality) {
}
