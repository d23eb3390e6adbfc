import type { DictionaryEntry } from './types.ts';

/** Amazon ECS and Amazon EKS: clusters, what runs on them, the compute underneath, roles and networking. */
export const containers = [
	{
		id: 'ecs-service',
		korean: 'Amazon ECS',
		variants: ['ECS', 'Elastic Container Service', '아마존 ECS'],
		english: 'Amazon Elastic Container Service',
		abbreviations: ['ECS'],
		service: 'ECS',
		definition:
			'클러스터에서 컨테이너화된 애플리케이션을 쉽게 배포, 관리, 확장하게 하는 AWS의 완전관리형 컨테이너 오케스트레이션 서비스이다.',
	},
	{
		id: 'ecs-cluster',
		korean: 'ECS 클러스터',
		variants: ['ECS클러스터', 'Amazon ECS 클러스터'],
		english: 'Amazon ECS cluster',
		service: 'ECS',
		definition: '태스크와 서비스가 실행될 인프라 용량(EC2 인스턴스, Fargate, 외부 서버)을 묶은 논리적 그룹이다.',
	},
	{
		id: 'ecs-task-definition',
		korean: '작업 정의',
		variants: ['작업정의', '태스크 정의', '태스크정의', 'Task Definition'],
		english: 'Task definition',
		service: 'ECS',
		definition:
			'애플리케이션을 이루는 컨테이너들의 이미지, CPU, 메모리, 포트, IAM 역할, 네트워크 모드를 JSON으로 적은 ECS 청사진이다.',
	},
	{
		id: 'ecs-task',
		korean: 'ECS 작업',
		variants: ['태스크', 'ECS 태스크', 'ECS태스크'],
		english: 'Task',
		service: 'ECS',
		definition: '클러스터 안에서 실행되는, 실행 설계도 하나를 실체화한 컨테이너 묶음이다.',
	},
	{
		id: 'ecs-service-scheduler',
		korean: 'ECS 서비스',
		variants: ['ECS서비스', 'Amazon ECS 서비스'],
		english: 'Amazon ECS service',
		service: 'ECS',
		definition:
			'클러스터에서 지정한 수의 태스크를 계속 실행하도록 유지하고 실패하면 교체하며 로드 밸런서에 등록해 주는 ECS 구성이다.',
	},
	{
		id: 'ecs-container-instance',
		korean: '컨테이너 인스턴스',
		variants: ['컨테이너인스턴스', 'ECS 컨테이너 인스턴스'],
		english: 'Container instance',
		service: 'ECS',
		definition: 'ECS 컨테이너 에이전트를 실행하며 클러스터에 등록되어 태스크를 받는 EC2 인스턴스이다.',
	},
	{
		id: 'ecs-container-agent',
		korean: 'ECS 컨테이너 에이전트',
		variants: ['ECS 에이전트', '컨테이너 에이전트'],
		english: 'Amazon ECS container agent',
		service: 'ECS',
		definition:
			'클러스터의 각 EC2 인스턴스에서 실행되며 태스크 상태를 ECS에 보고하고 ECS의 지시에 따라 컨테이너를 시작하고 멈추는 소프트웨어이다.',
	},
	{
		id: 'ecs-fargate',
		korean: 'AWS Fargate',
		variants: ['Fargate', '파게이트', '파게이트 서버리스'],
		english: 'AWS Fargate',
		service: 'ECS',
		definition:
			'서버나 EC2 인스턴스 클러스터를 관리하지 않고 ECS와 EKS에서 컨테이너를 실행하게 하는 서버리스 종량제 컴퓨팅 엔진이다.',
	},
	{
		id: 'ecs-launch-type',
		korean: '시작 유형',
		variants: ['시작유형', 'Launch Type', '런치 타입'],
		english: 'Launch type',
		service: 'ECS',
		definition: '태스크와 서비스를 Fargate, EC2, 외부 온프레미스 서버 중 어떤 인프라에서 실행할지 정하는 ECS 설정이다.',
	},
	{
		id: 'ecs-capacity-provider',
		korean: '용량 공급자',
		variants: ['용량공급자', 'Capacity Provider', '캐파시티 프로바이더'],
		english: 'Capacity provider',
		service: 'ECS',
		definition:
			'ECS 클러스터의 태스크가 쓸 인프라를 Fargate, Fargate Spot, Auto Scaling 그룹 가운데서 정하고 용량 조정을 맡기는 설정이다.',
	},
	{
		id: 'ecs-task-role',
		korean: '작업 IAM 역할',
		variants: ['태스크 역할', '작업 역할', 'Task Role'],
		english: 'Task IAM role',
		service: 'ECS',
		definition:
			'태스크 안의 컨테이너 애플리케이션이 S3나 DynamoDB 같은 AWS 서비스를 호출할 때 쓰는 권한을 주는 역할이다.',
	},
	{
		id: 'ecs-task-execution-role',
		korean: '작업 실행 IAM 역할',
		variants: ['태스크 실행 역할', '작업 실행 역할', 'Task Execution Role'],
		english: 'Task execution IAM role',
		service: 'ECS',
		definition:
			'ECS 컨테이너 에이전트와 Fargate가 ECR에서 이미지를 가져오고 CloudWatch Logs에 로그를 보내는 데 쓰는 역할이다.',
	},
	{
		id: 'ecs-awsvpc-network-mode',
		korean: 'awsvpc 네트워크 모드',
		variants: ['awsvpc 모드', 'awsvpc'],
		english: 'awsvpc network mode',
		service: 'ECS',
		definition:
			'태스크마다 자체 탄력적 네트워크 인터페이스와 프라이빗 IP 주소를 주는 네트워크 방식으로, Fargate에서는 이것만 쓸 수 있다.',
	},
	{
		id: 'ecs-ecr',
		korean: 'Amazon ECR',
		variants: ['ECR', 'Elastic Container Registry', '컨테이너 레지스트리'],
		english: 'Amazon Elastic Container Registry',
		abbreviations: ['ECR'],
		service: 'ECS',
		definition:
			'Docker와 OCI 컨테이너 이미지를 저장, 관리, 배포하는 AWS의 완전관리형 이미지 저장소로, ECS와 EKS가 이미지를 여기서 가져온다.',
	},
	{
		id: 'eks-service',
		korean: 'Amazon EKS',
		variants: ['EKS', 'Elastic Kubernetes Service', '아마존 EKS'],
		english: 'Amazon Elastic Kubernetes Service',
		abbreviations: ['EKS'],
		service: 'EKS',
		definition:
			'AWS가 Kubernetes 제어 플레인을 여러 가용 영역에 걸쳐 운영해 주어 사용자가 직접 설치하거나 관리하지 않고 Kubernetes를 쓰게 하는 관리형 서비스이다.',
	},
	{
		id: 'eks-cluster',
		korean: 'EKS 클러스터',
		variants: ['EKS클러스터', 'Amazon EKS 클러스터', 'Kubernetes 클러스터'],
		english: 'Amazon EKS cluster',
		service: 'EKS',
		definition:
			'AWS가 관리하는 Kubernetes 제어 플레인과 사용자 계정에서 실행되는 노드로 이루어진 쿠버네티스 실행 단위이다.',
	},
	{
		id: 'eks-control-plane',
		korean: '제어 플레인',
		variants: ['컨트롤 플레인', 'Control Plane', 'EKS 제어 플레인'],
		english: 'Control plane',
		service: 'EKS',
		definition:
			'Kubernetes API 서버와 etcd 같은 관리 구성 요소로, EKS에서는 AWS가 여러 가용 영역에 걸쳐 운영하고 확장한다.',
	},
	{
		id: 'eks-node',
		korean: '노드',
		variants: ['워커 노드', 'Kubernetes 노드', 'Worker Node'],
		english: 'Node',
		service: 'EKS',
		definition: '파드를 실행하는 EC2 인스턴스 같은 머신으로, kubelet과 컨테이너 런타임이 돌아간다.',
	},
	{
		id: 'eks-managed-node-group',
		korean: '관리형 노드 그룹',
		variants: ['관리형노드그룹', '노드 그룹', '매니지드 노드 그룹', 'Managed Node Group'],
		english: 'Managed node group',
		service: 'EKS',
		definition:
			'EKS가 EC2 Auto Scaling 그룹으로 워커 인스턴스의 프로비저닝, 업데이트, 종료를 자동으로 관리해 주는 묶음이다.',
	},
	{
		id: 'eks-self-managed-nodes',
		korean: '자체 관리형 노드',
		variants: ['자체관리형노드', '셀프 매니지드 노드', 'Self-managed Nodes'],
		english: 'Self-managed nodes',
		service: 'EKS',
		definition:
			'사용자가 직접 만든 Auto Scaling 그룹의 EC2 인스턴스를 클러스터에 붙여 업데이트와 관리를 스스로 맡는 방식이다.',
	},
	{
		id: 'eks-pod',
		korean: '파드',
		variants: ['포드', 'Pod', 'Kubernetes 파드'],
		english: 'Pod',
		service: 'EKS',
		definition:
			'저장소와 네트워크를 공유하며 같은 노드에서 함께 실행되는 하나 이상의 컨테이너로, Kubernetes에서 배포하는 가장 작은 단위이다.',
	},
	{
		id: 'eks-fargate-profile',
		korean: 'Fargate 프로파일',
		variants: ['Fargate 프로필', '파게이트 프로파일', 'Fargate Profile'],
		english: 'Fargate profile',
		service: 'EKS',
		definition: '네임스페이스와 레이블 선택기로 어떤 파드를 서버리스 컴퓨팅에서 실행할지 정하는 EKS 설정이다.',
	},
	{
		id: 'eks-irsa',
		korean: '서비스 계정에 대한 IAM 역할',
		variants: ['서비스 계정 IAM 역할', 'IAM Roles for Service Accounts'],
		english: 'IAM roles for service accounts',
		abbreviations: ['IRSA'],
		service: 'EKS',
		definition:
			'OIDC 공급자로 Kubernetes 서비스 계정과 IAM 역할을 연결해, 그 서비스 계정을 쓰는 파드만 해당 AWS 권한을 받게 하는 기능이다.',
	},
	{
		id: 'eks-pod-identity',
		korean: 'EKS Pod Identity',
		variants: ['Pod Identity', '파드 아이덴티티', 'EKS 파드 자격 증명'],
		english: 'EKS Pod Identity',
		service: 'EKS',
		definition: 'OIDC 공급자를 만들지 않고 EKS API의 연결 설정만으로 파드에 IAM 역할의 임시 자격 증명을 주는 기능이다.',
	},
	{
		id: 'eks-add-on',
		korean: 'EKS 추가 기능',
		variants: ['추가 기능', '애드온', 'EKS 애드온', 'Add-on'],
		english: 'Amazon EKS add-on',
		service: 'EKS',
		definition:
			'VPC CNI, CoreDNS, kube-proxy처럼 클러스터 운영에 필요한 소프트웨어를 EKS가 설치하고 버전을 관리해 주는 기능이다.',
	},
	{
		id: 'eks-vpc-cni',
		korean: 'Amazon VPC CNI 플러그인',
		variants: ['VPC CNI', 'aws-node', 'CNI 플러그인'],
		english: 'Amazon VPC CNI plugin for Kubernetes',
		service: 'EKS',
		definition:
			'각 파드에 VPC의 프라이빗 IP 주소를 직접 할당해 파드가 VPC 네트워크에서 일반 리소스처럼 통신하게 하는 Kubernetes 네트워킹 구성 요소이다.',
	},
	{
		id: 'eks-access-entry',
		korean: 'EKS 액세스 항목',
		variants: ['액세스 항목', 'Access Entry', 'Access Entries'],
		english: 'EKS access entry',
		service: 'EKS',
		definition:
			'IAM 사용자나 역할에 Kubernetes 클러스터 접근 권한을 EKS API로 부여하는 설정으로, aws-auth ConfigMap을 대신한다.',
	},
	{
		id: 'eks-kubectl',
		korean: 'kubectl',
		variants: ['큐브컨트롤', '큐브씨티엘'],
		english: 'kubectl',
		service: 'EKS',
		definition: 'Kubernetes API 서버와 통신해 클러스터의 리소스를 만들고 조회하고 관리하는 명령줄 도구이다.',
	},
] as const satisfies readonly DictionaryEntry[];
