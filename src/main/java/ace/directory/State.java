package ace.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "directory_state")
class State {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private UnMembership unMembership;

    @Enumerated(EnumType.STRING)
    private UnRegion unRegion;

    @Enumerated(EnumType.STRING)
    private BwcStatus bwcStatus;

    @Enumerated(EnumType.STRING)
    private BwcGroup bwcGroup;

    @Column(name = "name_ar") private String nameAr;
    @Column(name = "name_zh") private String nameZh;
    @Column(name = "name_en") private String nameEn;
    @Column(name = "name_fr") private String nameFr;
    @Column(name = "name_ru") private String nameRu;
    @Column(name = "name_es") private String nameEs;

    @Version
    private long version;

    protected State() {
    }

    String code() {
        return code;
    }

    long version() {
        return version;
    }

    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("ar", nameAr);
        names.put("zh", nameZh);
        names.put("en", nameEn);
        names.put("fr", nameFr);
        names.put("ru", nameRu);
        names.put("es", nameEs);
        return names;
    }

    StateView view() {
        return new StateView(code, names(), unMembership, unRegion, bwcStatus, bwcGroup);
    }

    /** Applies an ISU correction; returns the recorded values before it. */
    Map<String, Object> correct(StateCorrection correction) {
        Map<String, Object> before = recorded();
        this.nameAr = correction.names().get("ar");
        this.nameZh = correction.names().get("zh");
        this.nameEn = correction.names().get("en");
        this.nameFr = correction.names().get("fr");
        this.nameRu = correction.names().get("ru");
        this.nameEs = correction.names().get("es");
        this.unRegion = correction.unRegion();
        this.bwcStatus = correction.bwcStatus();
        this.bwcGroup = correction.bwcGroup();
        return before;
    }

    Map<String, Object> recorded() {
        Map<String, Object> values = new LinkedHashMap<>(names());
        values.put("unRegion", unRegion.name());
        values.put("bwcStatus", bwcStatus.name());
        values.put("bwcGroup", bwcGroup.name());
        return values;
    }
}
