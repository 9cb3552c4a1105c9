package clinic.consult.webhook;

import java.util.List;

public record DeliveryPage(List<DeliveryView> items, int page, int size, long total) {}
