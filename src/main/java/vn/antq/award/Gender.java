package vn.antq.award;

/** An individual recipient's gender, as award decisions record it. */
public enum Gender {
    male, female
}
