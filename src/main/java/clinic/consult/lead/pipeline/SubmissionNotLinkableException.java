package clinic.consult.lead.pipeline;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

/** A merge or split that the two submissions' links do not allow (already merged, not linked). */
public class SubmissionNotLinkableException extends DomainException {

    SubmissionNotLinkableException(String detail) {
        super(ProblemType.SUBMISSION_NOT_LINKABLE, detail);
    }
}
