package vn.antq.grassroots;

/**
 * What a model works on (spelled as on the wire): security and order (an ninh, trật tự), food safety
 * (an toàn thực phẩm), environment, traffic safety, youth, women and children, reintegration of
 * offenders (tái hòa nhập cộng đồng), religion and ethnic affairs, border, cyberspace, social evils (tệ
 * nạn xã hội) or other.
 */
public enum ModelTopic {
    security_order, food_safety, environment, traffic_safety, youth, women_children, reintegration,
    religion_ethnicity, border, cyberspace, social_evils, other
}
