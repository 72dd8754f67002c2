package org.forestcoverage.trajectory;

/** Whether a year's coverage is distinguishable from the planned line at 95 %. */
public enum Distinction {
    /** The 95 % interval lies wholly above the line. */
    ABOVE("above the line at 95 %"),
    /** The 95 % interval contains the line's value: the data cannot tell the year from the plan. */
    NOT_DISTINGUISHABLE("not distinguishable from the line at 95 %"),
    /** The 95 % interval lies wholly below the line. */
    BELOW("below the line at 95 %"),
    /** No interval: only a map figure, whose error is unknown. */
    NO_INTERVAL("no confidence interval: cannot tell (run forest qa with plots)");

    private final String words;

    Distinction(String words) {
        this.words = words;
    }

    /** The verdict in words. */
    public String words() {
        return words;
    }
}
