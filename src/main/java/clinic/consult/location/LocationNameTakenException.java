package clinic.consult.location;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;

public class LocationNameTakenException extends DomainException {

    public LocationNameTakenException(String otherLocationId) {
        super(
                ProblemType.LOCATION_NAME_TAKEN,
                "Location '" + otherLocationId + "' already has this name; patients could not tell them apart");
    }
}
