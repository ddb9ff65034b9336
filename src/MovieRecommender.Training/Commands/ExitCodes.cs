namespace MovieRecommender.Training.Commands;

/// <summary>Process exit codes of the trainer (scripts and CI test them).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input is missing, unreadable or in an unknown format.</summary>
    public const int BadInput = 1;

    /// <summary>The output directory cannot be written.</summary>
    public const int OutputError = 2;

    /// <summary>The model to update is missing, damaged, or cannot take an update (the message says why).</summary>
    public const int ModelError = 3;

    /// <summary>The command line is wrong: an unknown command or option, or a value of the wrong type (sysexits EX_USAGE).</summary>
    public const int UsageError = 64;

    /// <summary>A fault in the trainer itself (a bug): the message and stack trace are printed.</summary>
    public const int UnexpectedError = 70;

    public const int Cancelled = 130;
}
