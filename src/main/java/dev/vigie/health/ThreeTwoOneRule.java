package dev.vigie.health;

/** The three parts of the 3-2-1 backup rule. */
public enum ThreeTwoOneRule {
    /** At least three copies of the same backup. */
    THREE_COPIES,
    /** On at least two kinds of media. */
    TWO_MEDIA,
    /** At least one copy off-site. */
    ONE_OFF_SITE
}
