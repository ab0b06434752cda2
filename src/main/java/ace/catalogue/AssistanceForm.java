package ace.catalogue;

/** Forms of assistance, INTERCHANGE.md §3 ({@code types}). */
public enum AssistanceForm {
    TRAINING, EXPERT_ADVICE, EQUIPMENT_MATERIALS, FINANCIAL, EXCHANGE_TWINNING, INFORMATION_GUIDANCE, JOINT_PROJECT
}
