package vn.antq.campaign;

/**
 * What was launched: the movement itself (phát động phong trào), a thematic campaign (e.g. against theft),
 * or the signing of an emulation pledge (ký giao ước thi đua). Spelled as on the wire.
 */
public enum CampaignKind {
    movement_launch, thematic_campaign, emulation_pledge
}
