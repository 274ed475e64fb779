package vn.antq.safety;

/**
 * Where a subject of a staged standard (the model ward police pilot) stands in the year: designated for the
 * pilot, assessed against it, or recognized as a model. Only a recognized subject has attained the standard.
 */
public enum Stage {
    designated, assessed, recognized
}
