package vn.antq.grassroots;

/**
 * The kind of grassroots model (spelled as on the wire): self-prevention (tự phòng), self-management
 * (tự quản), self-protection (tự bảo vệ), self-mediation (tự hòa giải) or other. Mediation teams (tổ
 * hòa giải) are models of the category {@code self_mediation} whose points are the teams.
 */
public enum ModelCategory {
    self_prevention, self_management, self_protection, self_mediation, other
}
